import * as migration_20261130_180000_initial from './20261130_180000_initial';

export const migrations = [
  {
    up: migration_20261130_180000_initial.up,
    down: migration_20261130_180000_initial.down,
    name: '20261130_180000_initial'
  },
];
