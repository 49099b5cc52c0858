import * as migration_20261201_002422_initial from './20261201_002422_initial';

export const migrations = [
  {
    up: migration_20261201_002422_initial.up,
    down: migration_20261201_002422_initial.down,
    name: '20261201_002422_initial'
  },
];
