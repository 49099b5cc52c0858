import * as migration_20261130_175006_initial from './20261130_175006_initial';

export const migrations = [
  {
    up: migration_20261130_175006_initial.up,
    down: migration_20261130_175006_initial.down,
    name: '20261130_175006_initial'
  },
];
