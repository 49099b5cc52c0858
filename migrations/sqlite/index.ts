import * as migration_20261130_200505_initial from './20261130_200505_initial';

export const migrations = [
  {
    up: migration_20261130_200505_initial.up,
    down: migration_20261130_200505_initial.down,
    name: '20261130_200505_initial'
  },
];
