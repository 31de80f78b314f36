// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title DaiseeCollective: governance of one French collective self-consumption (ACC) operation.
/// @notice The organiser (deployer) registers members (one address per participant, with a
/// pseudonymous bytes32 id, never a PRM), proposes rules by hash (sha256 of the canonical rules
/// part of collective.json), and anchors each billed month (period YYYYMM -> iExec task id,
/// result digest, rules hash).
/// Rules: a rules hash is approved when a strict majority of the current members approved it
/// (approvals > members / 2). One anchor per period: anchoring an anchored period reverts;
/// a correction goes through `supersede` with a reason hash, which keeps the previous anchor in
/// the `AnchorSuperseded` event and counts revisions.
contract DaiseeCollective {
    struct Rules {
        uint32 effectivePeriod;
        bool proposed;
    }

    struct Anchor {
        bytes32 taskId;
        bytes32 resultDigest;
        bytes32 rulesHash;
        uint32 revision;
    }

    address public immutable organiser;
    address[] private _members;
    mapping(address => bytes32) public memberId;
    mapping(bytes32 => Rules) private _rules;
    mapping(bytes32 => mapping(address => bool)) public hasApproved;
    mapping(uint32 => Anchor) private _anchors;

    event MemberAdded(address indexed member, bytes32 indexed pseudonymousId);
    event MemberRemoved(address indexed member);
    event RulesProposed(bytes32 indexed rulesHash, uint32 effectivePeriod);
    event RulesApproved(bytes32 indexed rulesHash, address indexed member);
    event PeriodAnchored(uint32 indexed period, bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash);
    event AnchorSuperseded(
        uint32 indexed period, bytes32 reasonHash, bytes32 previousTaskId, bytes32 previousResultDigest, uint32 revision
    );

    error NotOrganiser(address caller);
    error NotMember(address caller);
    error AlreadyMember(address member);
    error InvalidMember(address member, bytes32 pseudonymousId);
    error RulesAlreadyProposed(bytes32 rulesHash);
    error RulesNotProposed(bytes32 rulesHash);
    error AlreadyApproved(bytes32 rulesHash, address member);
    error RulesNotApproved(bytes32 rulesHash, uint256 approvals, uint256 members);
    error RulesNotYetEffective(bytes32 rulesHash, uint32 effectivePeriod, uint32 period);
    error InvalidPeriod(uint32 period);
    error InvalidAnchor(uint32 period);
    error PeriodAlreadyAnchored(uint32 period, bytes32 taskId);
    error PeriodNotAnchored(uint32 period);
    error MissingReason(uint32 period);

    modifier onlyOrganiser() {
        if (msg.sender != organiser) revert NotOrganiser(msg.sender);
        _;
    }

    constructor() {
        organiser = msg.sender;
    }

    function addMember(address member, bytes32 pseudonymousId) external onlyOrganiser {
        if (member == address(0) || pseudonymousId == bytes32(0)) revert InvalidMember(member, pseudonymousId);
        if (memberId[member] != bytes32(0)) revert AlreadyMember(member);
        memberId[member] = pseudonymousId;
        _members.push(member);
        emit MemberAdded(member, pseudonymousId);
    }

    /// @notice Removing a member also drops their weight from every approval count.
    function removeMember(address member) external onlyOrganiser {
        if (memberId[member] == bytes32(0)) revert NotMember(member);
        delete memberId[member];
        uint256 last = _members.length - 1;
        for (uint256 i = 0; i <= last; i++) {
            if (_members[i] == member) {
                _members[i] = _members[last];
                _members.pop();
                break;
            }
        }
        emit MemberRemoved(member);
    }

    /// @param effectivePeriod first billed month (YYYYMM) these rules may be anchored with.
    function proposeRules(bytes32 rulesHash, uint32 effectivePeriod) external onlyOrganiser {
        if (!validPeriod(effectivePeriod)) revert InvalidPeriod(effectivePeriod);
        if (_rules[rulesHash].proposed) revert RulesAlreadyProposed(rulesHash);
        _rules[rulesHash] = Rules(effectivePeriod, true);
        emit RulesProposed(rulesHash, effectivePeriod);
    }

    function approveRules(bytes32 rulesHash) external {
        if (memberId[msg.sender] == bytes32(0)) revert NotMember(msg.sender);
        if (!_rules[rulesHash].proposed) revert RulesNotProposed(rulesHash);
        if (hasApproved[rulesHash][msg.sender]) revert AlreadyApproved(rulesHash, msg.sender);
        hasApproved[rulesHash][msg.sender] = true;
        emit RulesApproved(rulesHash, msg.sender);
    }

    function anchor(uint32 period, bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash) external onlyOrganiser {
        checkAnchor(period, taskId, resultDigest, rulesHash);
        Anchor storage existing = _anchors[period];
        if (existing.taskId != bytes32(0)) revert PeriodAlreadyAnchored(period, existing.taskId);
        _anchors[period] = Anchor(taskId, resultDigest, rulesHash, 0);
        emit PeriodAnchored(period, taskId, resultDigest, rulesHash);
    }

    /// @notice Replaces the anchor of an anchored period; reasonHash is the sha256 of the
    /// written reason (kept off chain), never zero.
    function supersede(uint32 period, bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash, bytes32 reasonHash)
        external
        onlyOrganiser
    {
        checkAnchor(period, taskId, resultDigest, rulesHash);
        if (reasonHash == bytes32(0)) revert MissingReason(period);
        Anchor memory previous = _anchors[period];
        if (previous.taskId == bytes32(0)) revert PeriodNotAnchored(period);
        uint32 revision = previous.revision + 1;
        _anchors[period] = Anchor(taskId, resultDigest, rulesHash, revision);
        emit AnchorSuperseded(period, reasonHash, previous.taskId, previous.resultDigest, revision);
        emit PeriodAnchored(period, taskId, resultDigest, rulesHash);
    }

    /// @return taskId zero when the period is not anchored.
    function anchorOf(uint32 period)
        external
        view
        returns (bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash, uint32 revision)
    {
        Anchor memory a = _anchors[period];
        return (a.taskId, a.resultDigest, a.rulesHash, a.revision);
    }

    function approvalsOf(bytes32 rulesHash) public view returns (uint256 approvals, uint256 memberCount) {
        memberCount = _members.length;
        for (uint256 i = 0; i < memberCount; i++) {
            if (hasApproved[rulesHash][_members[i]]) approvals++;
        }
    }

    function isApproved(bytes32 rulesHash) public view returns (bool) {
        if (!_rules[rulesHash].proposed) return false;
        (uint256 approvals, uint256 memberCount) = approvalsOf(rulesHash);
        return memberCount > 0 && approvals * 2 > memberCount;
    }

    function rulesOf(bytes32 rulesHash) external view returns (bool proposed, uint32 effectivePeriod) {
        Rules memory r = _rules[rulesHash];
        return (r.proposed, r.effectivePeriod);
    }

    function members() external view returns (address[] memory) {
        return _members;
    }

    function checkAnchor(uint32 period, bytes32 taskId, bytes32 resultDigest, bytes32 rulesHash) private view {
        if (!validPeriod(period)) revert InvalidPeriod(period);
        if (taskId == bytes32(0) || resultDigest == bytes32(0)) revert InvalidAnchor(period);
        if (!isApproved(rulesHash)) {
            (uint256 approvals, uint256 count) = approvalsOf(rulesHash);
            revert RulesNotApproved(rulesHash, approvals, count);
        }
        uint32 effective = _rules[rulesHash].effectivePeriod;
        if (period < effective) revert RulesNotYetEffective(rulesHash, effective, period);
    }

    function validPeriod(uint32 period) private pure returns (bool) {
        uint32 month = period % 100;
        return period >= 200001 && period <= 999912 && month >= 1 && month <= 12;
    }
}
