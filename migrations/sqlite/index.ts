import * as migration_20261201_011449_initial from './20261201_011449_initial';

export const migrations = [
  {
    up: migration_20261201_011449_initial.up,
    down: migration_20261201_011449_initial.down,
    name: '20261201_011449_initial'
  },
];
