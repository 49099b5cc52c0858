import * as migration_20261130_165007_initial from './20261130_165007_initial';

export const migrations = [
  {
    up: migration_20261130_165007_initial.up,
    down: migration_20261130_165007_initial.down,
    name: '20261130_165007_initial'
  },
];
