import * as migration_20261201_041335_initial from './20261201_041335_initial';

export const migrations = [
  {
    up: migration_20261201_041335_initial.up,
    down: migration_20261201_041335_initial.down,
    name: '20261201_041335_initial'
  },
];
