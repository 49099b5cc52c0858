import * as migration_20261201_003655_initial from './20261201_003655_initial';

export const migrations = [
  {
    up: migration_20261201_003655_initial.up,
    down: migration_20261201_003655_initial.down,
    name: '20261201_003655_initial'
  },
];
