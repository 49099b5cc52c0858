import * as migration_20261201_004556_initial from './20261201_004556_initial';

export const migrations = [
  {
    up: migration_20261201_004556_initial.up,
    down: migration_20261201_004556_initial.down,
    name: '20261201_004556_initial'
  },
];
