import * as migration_20261129_090448_initial from './20261129_090448_initial';

export const migrations = [
  {
    up: migration_20261129_090448_initial.up,
    down: migration_20261129_090448_initial.down,
    name: '20261129_090448_initial'
  },
];
