import * as migration_20261129_090505_initial from './20261129_090505_initial';

export const migrations = [
  {
    up: migration_20261129_090505_initial.up,
    down: migration_20261129_090505_initial.down,
    name: '20261129_090505_initial'
  },
];
