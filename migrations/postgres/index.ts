import * as migration_20261201_044720_initial from './20261201_044720_initial';

export const migrations = [
  {
    up: migration_20261201_044720_initial.up,
    down: migration_20261201_044720_initial.down,
    name: '20261201_044720_initial'
  },
];
