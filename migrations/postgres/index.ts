import * as migration_20261201_013151_initial from './20261201_013151_initial';

export const migrations = [
  {
    up: migration_20261201_013151_initial.up,
    down: migration_20261201_013151_initial.down,
    name: '20261201_013151_initial'
  },
];
