import * as migration_20261201_010327_initial from './20261201_010327_initial';

export const migrations = [
  {
    up: migration_20261201_010327_initial.up,
    down: migration_20261201_010327_initial.down,
    name: '20261201_010327_initial'
  },
];
