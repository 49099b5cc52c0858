import * as migration_20261201_042219_initial from './20261201_042219_initial';

export const migrations = [
  {
    up: migration_20261201_042219_initial.up,
    down: migration_20261201_042219_initial.down,
    name: '20261201_042219_initial'
  },
];
