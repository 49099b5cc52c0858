import * as migration_20261201_041201_initial from './20261201_041201_initial';

export const migrations = [
  {
    up: migration_20261201_041201_initial.up,
    down: migration_20261201_041201_initial.down,
    name: '20261201_041201_initial'
  },
];
