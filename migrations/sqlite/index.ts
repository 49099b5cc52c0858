import * as migration_20261129_093103_initial from './20261129_093103_initial';

export const migrations = [
  {
    up: migration_20261129_093103_initial.up,
    down: migration_20261129_093103_initial.down,
    name: '20261129_093103_initial'
  },
];
