import * as migration_20261201_010344_initial from './20261201_010344_initial';

export const migrations = [
  {
    up: migration_20261201_010344_initial.up,
    down: migration_20261201_010344_initial.down,
    name: '20261201_010344_initial'
  },
];
