import * as migration_20261130_200644_initial from './20261130_200644_initial';

export const migrations = [
  {
    up: migration_20261130_200644_initial.up,
    down: migration_20261130_200644_initial.down,
    name: '20261130_200644_initial'
  },
];
