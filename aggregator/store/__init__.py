"""Storage: the contract every backend honours (`contract.open_store` picks one by the
database's name), SQLite (the default) and PostgreSQL, their migrations, the writer locks,
and copying a database between backends."""
