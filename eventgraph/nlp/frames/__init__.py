"""The argument frames of the seed event families, one mixin class per family; triggers.Frames
combines them. summon.py: SUMMON_AMBASSADOR, deploy.py: DEPLOY_TROOPS, membership.py:
JOIN_BLOC + APPLY_MEMBERSHIP, meet.py: MEET.
"""
