import * as migration_20261130_205334_initial from './20261130_205334_initial';

export const migrations = [
  {
    up: migration_20261130_205334_initial.up,
    down: migration_20261130_205334_initial.down,
    name: '20261130_205334_initial'
  },
];
