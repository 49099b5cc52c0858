import * as migration_20261130_235357_initial from './20261130_235357_initial';

export const migrations = [
  {
    up: migration_20261130_235357_initial.up,
    down: migration_20261130_235357_initial.down,
    name: '20261130_235357_initial'
  },
];
