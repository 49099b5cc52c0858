import * as migration_20261130_174952_initial from './20261130_174952_initial';

export const migrations = [
  {
    up: migration_20261130_174952_initial.up,
    down: migration_20261130_174952_initial.down,
    name: '20261130_174952_initial'
  },
];
