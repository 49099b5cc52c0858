import * as migration_20261201_041320_initial from './20261201_041320_initial';

export const migrations = [
  {
    up: migration_20261201_041320_initial.up,
    down: migration_20261201_041320_initial.down,
    name: '20261201_041320_initial'
  },
];
