import * as migration_20261130_234914_initial from './20261130_234914_initial';

export const migrations = [
  {
    up: migration_20261130_234914_initial.up,
    down: migration_20261130_234914_initial.down,
    name: '20261130_234914_initial'
  },
];
