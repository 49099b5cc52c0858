import * as migration_20261201_003719_initial from './20261201_003719_initial';

export const migrations = [
  {
    up: migration_20261201_003719_initial.up,
    down: migration_20261201_003719_initial.down,
    name: '20261201_003719_initial'
  },
];
