SELECT group_code, cust_code, member_type, parent_flag, joined_on, left_on
FROM group_member
