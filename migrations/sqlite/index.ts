import * as migration_20261201_004551_initial from './20261201_004551_initial';

export const migrations = [
  {
    up: migration_20261201_004551_initial.up,
    down: migration_20261201_004551_initial.down,
    name: '20261201_004551_initial'
  },
];
