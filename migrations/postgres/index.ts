import * as migration_20261201_052608_initial from './20261201_052608_initial';

export const migrations = [
  {
    up: migration_20261201_052608_initial.up,
    down: migration_20261201_052608_initial.down,
    name: '20261201_052608_initial'
  },
];
