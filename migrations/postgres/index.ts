import * as migration_20261130_235306_initial from './20261130_235306_initial';

export const migrations = [
  {
    up: migration_20261130_235306_initial.up,
    down: migration_20261130_235306_initial.down,
    name: '20261130_235306_initial'
  },
];
