import * as migration_20261201_013146_initial from './20261201_013146_initial';

export const migrations = [
  {
    up: migration_20261201_013146_initial.up,
    down: migration_20261201_013146_initial.down,
    name: '20261201_013146_initial'
  },
];
