import * as migration_20261129_103013_initial from './20261129_103013_initial';

export const migrations = [
  {
    up: migration_20261129_103013_initial.up,
    down: migration_20261129_103013_initial.down,
    name: '20261129_103013_initial'
  },
];
