import * as migration_20261130_164558_initial from './20261130_164558_initial';

export const migrations = [
  {
    up: migration_20261130_164558_initial.up,
    down: migration_20261130_164558_initial.down,
    name: '20261130_164558_initial'
  },
];
