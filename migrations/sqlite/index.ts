import * as migration_20261201_040923_initial from './20261201_040923_initial';

export const migrations = [
  {
    up: migration_20261201_040923_initial.up,
    down: migration_20261201_040923_initial.down,
    name: '20261201_040923_initial'
  },
];
