import * as migration_20261130_165743_initial from './20261130_165743_initial';

export const migrations = [
  {
    up: migration_20261130_165743_initial.up,
    down: migration_20261130_165743_initial.down,
    name: '20261130_165743_initial'
  },
];
