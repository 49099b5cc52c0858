import * as migration_20261130_205958_initial from './20261130_205958_initial';

export const migrations = [
  {
    up: migration_20261130_205958_initial.up,
    down: migration_20261130_205958_initial.down,
    name: '20261130_205958_initial'
  },
];
