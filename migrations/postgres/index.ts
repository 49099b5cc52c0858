import * as migration_20261129_091644_initial from './20261129_091644_initial';

export const migrations = [
  {
    up: migration_20261129_091644_initial.up,
    down: migration_20261129_091644_initial.down,
    name: '20261129_091644_initial'
  },
];
