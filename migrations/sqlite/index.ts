import * as migration_20261129_131636_initial from './20261129_131636_initial';

export const migrations = [
  {
    up: migration_20261129_131636_initial.up,
    down: migration_20261129_131636_initial.down,
    name: '20261129_131636_initial'
  },
];
