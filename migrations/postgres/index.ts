import * as migration_20261201_040935_initial from './20261201_040935_initial';

export const migrations = [
  {
    up: migration_20261201_040935_initial.up,
    down: migration_20261201_040935_initial.down,
    name: '20261201_040935_initial'
  },
];
