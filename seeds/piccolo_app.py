import os

from piccolo.conf.apps import AppConfig, Command

from seeds.demo import load_demo_seed

APP_CONFIG = AppConfig(
    app_name="seeds",
    migrations_folder_path=os.path.join(os.path.dirname(os.path.abspath(__file__)), "piccolo_migrations"),
    table_classes=[],
    commands=[Command(callable=load_demo_seed, aliases=["demo"])],
)
