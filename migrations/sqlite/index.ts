import * as migration_20261130_170419_initial from './20261130_170419_initial';

export const migrations = [
  {
    up: migration_20261130_170419_initial.up,
    down: migration_20261130_170419_initial.down,
    name: '20261130_170419_initial'
  },
];
