import * as migration_20261201_051529_initial from './20261201_051529_initial';

export const migrations = [
  {
    up: migration_20261201_051529_initial.up,
    down: migration_20261201_051529_initial.down,
    name: '20261201_051529_initial'
  },
];
