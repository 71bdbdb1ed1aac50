from tenderguard.cli import main

main()
