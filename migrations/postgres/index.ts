import * as migration_20261130_204134_initial from './20261130_204134_initial';

export const migrations = [
  {
    up: migration_20261130_204134_initial.up,
    down: migration_20261130_204134_initial.down,
    name: '20261130_204134_initial'
  },
];
