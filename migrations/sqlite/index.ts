import * as migration_20261130_235359_initial from './20261130_235359_initial';

export const migrations = [
  {
    up: migration_20261130_235359_initial.up,
    down: migration_20261130_235359_initial.down,
    name: '20261130_235359_initial'
  },
];
