import * as migration_20261130_165238_initial from './20261130_165238_initial';

export const migrations = [
  {
    up: migration_20261130_165238_initial.up,
    down: migration_20261130_165238_initial.down,
    name: '20261130_165238_initial'
  },
];
