import * as migration_20261201_042305_initial from './20261201_042305_initial';

export const migrations = [
  {
    up: migration_20261201_042305_initial.up,
    down: migration_20261201_042305_initial.down,
    name: '20261201_042305_initial'
  },
];
