import * as migration_20261201_051538_initial from './20261201_051538_initial';

export const migrations = [
  {
    up: migration_20261201_051538_initial.up,
    down: migration_20261201_051538_initial.down,
    name: '20261201_051538_initial'
  },
];
