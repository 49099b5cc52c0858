import * as migration_20261201_003724_initial from './20261201_003724_initial';

export const migrations = [
  {
    up: migration_20261201_003724_initial.up,
    down: migration_20261201_003724_initial.down,
    name: '20261201_003724_initial'
  },
];
