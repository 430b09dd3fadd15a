/**
 * Generated from the server's OpenAPI document by `npm run api:types` (openapi-typescript).
 * Do not edit by hand: change the route's TypeBox schema, then run `npm run api:types`.
 */
/* eslint-disable */
export interface paths {
    "/api/admin/annual-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度建家材料（XLSX）：各项服务的全年数据、按月统计和口径说明 */
        get: operations["exportAnnualReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/annual-report/contents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度建家材料的内容预览：工作簿有哪些表，各项数字是多少 */
        get: operations["getAnnualReportContents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 操作记录（主席、上级工会）：按类别和日期筛选，新的在前 */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的分工会和各自的在册会员数 */
        get: operations["listBranches"];
        put?: never;
        /** 新建分工会 */
        post: operations["createBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/branches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除分工会：只有没有在册会员、也没有用于评议统计的分工会可以删除 */
        delete: operations["deleteBranch"];
        options?: never;
        head?: never;
        /** 分工会改名 */
        patch: operations["renameBranch"];
        trace?: never;
    };
    "/api/admin/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMembers"];
        put?: never;
        /** 手工添加会员 */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改会员资料（姓名、工号、手机号、分工会、会籍状态）和角色，一次保存 */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/admin/members/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["assignRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/members/{id}/roles/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入名册（CSV 或 XLSX：姓名、工号、分工会、手机号、会籍状态）；dryRun=true 只检查，false 才写入 */
        post: operations["importMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作台首页：待办数量和可用的功能 */
        get: operations["getAdminOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与本工会有关的评家（学校：上级开启的；上级工会：本级、上级和下级开启的） */
        get: operations["listAssessmentRounds"];
        put?: never;
        /** 开启本年度建家评家（按当前评价标准；同一年度重复提交返回已开启的那次） */
        post: operations["openAssessmentRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/peers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 片组互查安排（上级工会：本工会之下的全部；学校：本校要查看的学校） */
        get: operations["listPeerReviews"];
        /** 安排片组互查：哪所学校查看哪所学校的自评（替换本工会范围内的安排） */
        put: operations["assignPeerReviews"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会之下各校的自评分、评审分、会员评家满意率和评定等次 */
        get: operations["getAssessmentRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/rollup.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建家评家汇总（XLSX） */
        get: operations["exportAssessmentRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一所学校的自评（本校干事、上级工会、互查学校可看） */
        get: operations["getSelfAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}/items/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存一条自评：自评分和说明（重复保存以最后一次为准） */
        put: operations["saveSelfAssessmentItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}/items/{key}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为一条自评上传佐证材料（JPG、PNG、WebP 图片或 PDF，≤ 10 MB，每条最多 9 个），字段名 file */
        post: operations["uploadAssessmentEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}/items/{key}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看一个佐证材料文件（本校干事、上级工会和互查学校） */
        get: operations["getAssessmentEvidence"];
        put?: never;
        post?: never;
        /** 删除一个佐证材料（提交前；已删除的再删一次无影响） */
        delete: operations["deleteAssessmentEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}/leadership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填写党政评价（学校党政领导对工会工作的评价） */
        put: operations["saveLeadershipRating"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}/peer-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 互查学校填写互查意见（重复保存以最后一次为准） */
        put: operations["savePeerReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上级工会评审：逐条评分和意见，退回修改或评定等次（重复提交同一结论无影响） */
        post: operations["reviewSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/rounds/{roundId}/schools/{schoolId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交自评给上级工会；提交后只读，除非被退回（重复提交无影响） */
        post: operations["submitSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会使用的建家评价标准（未修订时沿用上级或内置标准） */
        get: operations["getAssessmentStandard"];
        /** 修订本工会的评价标准（整份替换；已开启的评家不受影响） */
        put: operations["updateAssessmentStandard"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用姓名、工号和手机号后四位绑定花名册 */
        post: operations["bindMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAuthConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/dev-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 演示账号（仅开发模式） */
        get: operations["listDevAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/dev-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 以工号直接登录（仅开发模式） */
        post: operations["devLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 微信登录：已绑定返回会话，未绑定返回绑定凭证 */
        post: operations["wechatLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的预约：upcoming 未结束的（按时间先后），past 已结束、取消或未到场的（最近的在前） */
        get: operations["listMyBookings"];
        put?: never;
        /** 预约一个时段：容量、同一时段一次、每日/每周/未使用上限、预约窗口与放号时间、闭馆、暂停资格都在事务内检查 */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条预约（本人或本工会干事） */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约：本人须在取消截止前；工会干事可取消本工会未开始的预约并通知会员 */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 扫码签到：签到本人在签到时间内的预约；否则说明原因、可“立即使用”的当前时段和下一个空闲时段
         * @description 签到时间默认为开始前 15 分钟至开始后 15 分钟。walkIn=true 时预约当前时段并立即签到。
         */
        post: operations["checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的预约（如 status=pending 为待审批），按时间先后 */
        get: operations["listManagedBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/bookings/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批预约：approve 通过，reject 驳回（附理由，释放名额），结果通知会员 */
        post: operations["decideBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 闭馆安排 */
        get: operations["listClosures"];
        put?: never;
        /** 新增闭馆（一个场地或全部场地）：其间未开始的预约全部取消，并逐一通知会员原因 */
        post: operations["createClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/closures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销闭馆（已取消的预约不会恢复） */
        delete: operations["deleteClosure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某天每个场地每个时段的预约与签到情况（不含已取消、已驳回） */
        get: operations["getDayView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全部场地（含已停用），供工会干事管理 */
        get: operations["listManagedRooms"];
        put?: never;
        /** 新建场地及其预约规则 */
        post: operations["createRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个场地及其全部规则（含已停用的），供编辑 */
        get: operations["getManagedRoom"];
        put?: never;
        post?: never;
        /** 停用场地：不再接受预约，未开始的预约取消并通知会员（记录保留） */
        delete: operations["archiveRoom"];
        options?: never;
        head?: never;
        /** 修改场地规则；停用（active=false）会取消其未开始的预约并通知会员 */
        patch: operations["updateRoom"];
        trace?: never;
    };
    "/api/booking/manage/rooms/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 门上的签到码：正式环境为小程序码（getwxacodeunlimit），开发/H5 为 H5 签到页的二维码 */
        get: operations["getRoomPoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 固定安排（如社团每周训练），可只看一个场地 */
        get: operations["listBookingSeries"];
        put?: never;
        /** 新增每周固定安排：逐次报告已预约的、因闭馆或已过而跳过的、与已有预约冲突的（写明被谁占用） */
        post: operations["createBookingSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消固定安排：释放尚未开始的各次预约，已进行的记录保留 */
        delete: operations["cancelBookingSeries"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未到场规则：多少天内几次未到场暂停几天 */
        get: operations["getBookingSettings"];
        put: operations["updateBookingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/suspensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预约暂停记录（appeal=pending 只看待处理的申诉） */
        get: operations["listSuspensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/suspensions/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理申诉：approve 解除暂停，reject 维持；结果通知会员 */
        post: operations["decideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月度使用情况：预约数、签到率、爽约率、热门时段 */
        get: operations["getMonthlyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/manage/usage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月度使用情况 Excel（XLSX） */
        get: operations["exportMonthlyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的场地，附今天还可预约的时段 */
        get: operations["listRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 场地详情与预约规则 */
        get: operations["getRoom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/rooms/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日期条（可预约窗口内每天）与某一天的时段格：free / few / full / mine / closed / past */
        get: operations["getRoomAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的预约资格：统计期内的未到场次数，以及正在暂停时的原因、截止时间和申诉 */
        get: operations["getBookingStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/booking/suspensions/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对预约暂停提出申诉（每次暂停一次） */
        post: operations["appealSuspension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/hardship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 困难职工名单：原因、复核日期、最近一次慰问（仅干事和主席） */
        get: operations["listHardshipMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/hardship/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 把会员列入困难职工名单，或更新原因和复核日期（重复提交以最后一次为准） */
        put: operations["flagHardshipMember"];
        post?: never;
        /** 移出困难职工名单（已移出的再移出无影响） */
        delete: operations["unflagHardshipMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本会的慰问类别（未调整时为内置的五必访等类别） */
        get: operations["listCareKinds"];
        /** 调整本会的慰问类别（改名、停用、新增；已有记录保留当时的类别名称） */
        put: operations["updateCareKinds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本会一年的慰问记录（可按会员筛选），仅干事和主席可看 */
        get: operations["listCareRecords"];
        put?: never;
        /** 记录一次慰问或帮扶（同一请求编号重复提交只记一次） */
        post: operations["recordCare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建议慰问：已办结的大病医疗、生活困难求助中尚无慰问记录的 */
        get: operations["listCareSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一年的慰问次数和金额：学校按类别，上级工会按归类和学校（不含姓名） */
        get: operations["getCareSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社团目录：按类别筛选、按名称搜索 */
        get: operations["listClubs"];
        put?: never;
        /** 成立社团（工会干事、主席） */
        post: operations["createClub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getClub"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateClub"];
        trace?: never;
    };
    "/api/clubs/{id}/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布社团公告（本社团负责人）；图片先经 uploadClubImage 上传，只显示通过内容安全检查的 */
        post: operations["createClubAnnouncement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待审核的入社申请（本社团负责人） */
        get: operations["listClubApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["archiveClub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发起社团活动（本社团负责人）；选了活动室时按预约规则一并预约，冲突时答 409 */
        post: operations["createClubEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出 Excel：成员名单、活动汇总、签到明细（本社团负责人、工会干事、主席） */
        get: operations["exportClubWorkbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传公告图片（JPG、PNG、WebP，≤ 5 MB，本社团负责人），字段名 file；正式环境经微信内容安全检查后才显示 */
        post: operations["uploadClubImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 加入社团：直接加入或提交申请 */
        post: operations["joinClub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 指定社团负责人（工会干事、主席） */
        put: operations["setClubLeaders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["leaveClub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listClubMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["restoreClub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意或拒绝入社申请（本社团负责人） */
        post: operations["decideClubApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫活动签到码签到：须已正式报名，且在活动开始前 30 分钟至结束之间 */
        post: operations["checkInClubEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getClubEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/events/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记到场情况（本社团负责人） */
        put: operations["markClubEventAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消活动（本社团负责人）：释放活动室预约，通知已报名和候补的会员 */
        post: operations["cancelClubEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/events/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动签到码（本社团负责人出示，会员扫码签到）：正式环境为小程序码，开发与 H5 为签到页网址的二维码 */
        get: operations["getClubEventQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/events/{id}/sign-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报名名单与候补（本社团负责人） */
        get: operations["listClubEventSignUps"];
        put?: never;
        /** 报名活动：有名额即报上，满员进入候补 */
        post: operations["signUpClubEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/events/{id}/sign-ups/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消报名：空出的名额自动给候补第一位 */
        delete: operations["cancelClubEventSignUp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/images/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公告图片 */
        get: operations["getClubImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按姓名或工号查找本工会会员，用于指定负责人（工会干事、主席） */
        get: operations["searchClubPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可供社团活动预约的活动室（开放时间、时段长度、容量） */
        get: operations["listClubEventRooms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clubs/wechat-push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 微信消息推送的地址验证 */
        get: operations["verifyClubWechatPush"];
        put?: never;
        /** 微信消息推送：图片内容安全检查（wxa_media_check）的结果 */
        post: operations["receiveClubWechatPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCongressDelegates"];
        /** 标记本届代表、提案工作委员会委员，或取消 */
        put: operations["setCongressDelegate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承办部门 */
        get: operations["listCongressDepartments"];
        put?: never;
        post: operations["createCongressDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateCongressDepartment"];
        trace?: never;
    };
    "/api/congress/motions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次会议的提案（按查看人的身份筛选） */
        get: operations["listMotions"];
        put?: never;
        /** 代表起草提案（保存为草稿，征集附议） */
        post: operations["createMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/motions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件提案：内容、附议、审查、答复与评价 */
        get: operations["getMotion"];
        /** 修改草稿（尚无代表附议时） */
        put: operations["updateMotion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/motions/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提案人评价答复；第一次答复不满意可退回再答复一次 */
        post: operations["rateMotionReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/motions/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录承办部门的答复（工会干事、主席代录） */
        post: operations["replyToMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/motions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提案工作委员会审查：立案、不立案或并案（每件提案一次） */
        post: operations["reviewMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/motions/{id}/second": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代表附议（重复附议不重复计数） */
        post: operations["secondMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/motions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提案人提交（附议人数足够时） */
        post: operations["submitMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的教代会会议 */
        get: operations["listCongressSessions"];
        put?: never;
        /** 开设会议与提案征集期（工会干事、主席）；附议人数采用本工会当时的设置 */
        post: operations["createCongressSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/sessions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 向全体会员公开本次会议的提案 */
        post: operations["publishCongressSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/sessions/{sessionId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出本次会议的提案汇总表（工会干事、主席、提案工作委员会） */
        get: operations["exportMotions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/sessions/{sessionId}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会员建议：代表和工会看全部，会员看自己的 */
        get: operations["listSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的教代会设置（附议人数） */
        get: operations["getCongressSettings"];
        /** 修改附议人数（工会干事、主席）；征集未结束的会议和以后开设的会议采用 */
        put: operations["updateCongressSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会员向代表提交建议（征集期内） */
        post: operations["createSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/congress/suggestions/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代表采纳建议，形成自己的提案草稿 */
        post: operations["adoptSuggestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 热线、知情同意状态、预约规则，以及当前会员在心理咨询中的身份 */
        get: operations["getCounsellingOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的咨询预约：upcoming 未结束的（时间先后），past 其余（最近的在前） */
        get: operations["listMyCounselling"];
        put?: never;
        /** 提交预约申请：需先同意知情同意书；最多同时两个未完成的预约；时段不会被重复预约 */
        post: operations["createCounsellingRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的一个预约（只有本人可以查看） */
        get: operations["getMyCounselling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/appointments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接受咨询师建议的新时间 */
        post: operations["acceptCounsellingProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约：待确认的随时可取消；已确认的须在开始前的截止时间之前 */
        post: operations["cancelCounselling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/appointments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不接受咨询师建议的新时间（预约随之取消，可以另约） */
        post: operations["declineCounsellingProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/appointments/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为已完成的咨询评分（1–5 分，只评一次；咨询师只看到自己的平均分） */
        post: operations["rateCounselling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意《心理咨询知情同意书》（记录版本与时间；重复提交无副作用） */
        post: operations["giveCounsellingConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/consent/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回同意：不能再提交预约；未开始的预约取消；所有记录去除身份信息，只保留次数 */
        post: operations["withdrawCounsellingConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/counsellors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会在岗的咨询师，含最早可约时间 */
        get: operations["listCounsellors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/counsellors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCounsellor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/counsellors/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一位咨询师在预约窗口内的空闲时段，按天分组（已扣除请假、已约时段和间隔） */
        get: operations["getCounsellorAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 咨询工作台：我的档案、待处理与即将进行的数量、我的平均评分（至少 3 条评价后显示） */
        get: operations["getCounsellorDesk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的咨询预约：pending 待处理，upcoming 已确认，past 其余（每次查看写入审计日志） */
        get: operations["listCounsellorAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的一个咨询预约（写入审计日志） */
        get: operations["getCounsellorAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记咨询已完成（会员随后可以评价） */
        post: operations["completeCounselling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认预约，可附见面安排（地点、会议号等，仅会员可见） */
        post: operations["confirmCounselling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 婉拒预约并说明原因（仅会员可见） */
        post: operations["declineCounselling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记会员未到场 */
        post: operations["markCounsellingNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我对这次咨询的私人笔记（加密保存，只有写的人能读；写入审计日志） */
        get: operations["getCounsellingNote"];
        /** 保存我对这次咨询的私人笔记（覆盖上一版） */
        put: operations["saveCounsellingNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/appointments/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 建议另一个时间，由会员接受或拒绝 */
        post: operations["proposeCounsellingTime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 请假：这几天不再开放预约；已有的预约需要逐一改期或婉拒 */
        post: operations["addCounsellorLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/leave/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消一段请假 */
        delete: operations["removeCounsellorLeave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/desk/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的每周时间、每次时长、间隔和请假 */
        get: operations["getCounsellorSchedule"];
        /** 设置我的每周时间、每次时长和间隔（已约的预约不受影响） */
        put: operations["updateCounsellorSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/manage/counsellors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的咨询师档案（含暂停接待的） */
        get: operations["listManagedCounsellors"];
        put?: never;
        /** 为已有“心理咨询师”角色的会员建立咨询师档案 */
        post: operations["createCounsellor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/manage/counsellors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改咨询师档案，或暂停/恢复接待（已约的预约不受影响） */
        patch: operations["updateCounsellor"];
        trace?: never;
    };
    "/api/counselling/manage/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 热线、可预约天数、最少提前时间、取消截止时间 */
        put: operations["updateCounsellingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任一咨询师：至少一位咨询师空闲的时段，最早的在前；预约时由系统安排咨询师 */
        get: operations["listAnyCounsellorSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 每月次数（工会干事、主席）：申请数、完成数、各方式的申请数；不含任何姓名、留言或原因 */
        get: operations["getCounsellingStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosures/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校务公开栏：最新的在前，每次一页（after 填上一页的 next） */
        get: operations["listDisclosures"];
        put?: never;
        /** 发布校务公开事项（工会干事、主席）；困难补助、评优、职称须设公示期 */
        post: operations["publishDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDisclosure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosures/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（JPG、PNG、WebP 或 PDF，≤ 10 MB，每项最多 5 个），字段名 file */
        post: operations["uploadDisclosureAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosures/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在公示期内提出异议（只有工会干事和主席看到） */
        post: operations["objectToDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosures/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除附件（工会干事、主席）；已删除的再删一次同样成功 */
        delete: operations["deleteDisclosureAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosures/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDisclosureAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disclosures/objections/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复异议（工会干事、主席） */
        post: operations["answerDisclosureObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查：服务与数据库是否可用 */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 附件内容：带登录凭证，或用求助详情给出的临时链接 */
        get: operations["getHelpAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的求助：按状态、类别、是否超期筛选 */
        get: operations["listHelpCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件求助的全部：会员信息（匿名除外）、内部备注、回访 */
        get: operations["getHelpCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listHelpCategories"];
        put?: never;
        post: operations["createHelpCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 改名、停用或启用类别 */
        patch: operations["updateHelpCategory"];
        trace?: never;
    };
    "/api/help/closed-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的休息日（不计入答复期限） */
        get: operations["listUnionClosedDays"];
        put?: never;
        /** 登记休息日（寒暑假、节假日）：此后提交的求助不把这些日子算作工作日 */
        post: operations["createUnionClosedDays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/closed-days/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteUnionClosedDays"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Excel：月度统计（按类别的求助数、平均首次答复用时、满意率）与求助明细 */
        get: operations["exportHelpRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可以办理求助的人（本工会干事和主席） */
        get: operations["listHelpHandlers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交求助（附件随后逐个上传） */
        post: operations["createHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的一件求助：进度、答复与附件 */
        get: operations["getHelpRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传一个附件（JPG、PNG、WebP 图片或 PDF，≤ 10 MB，每件求助最多 5 个），字段名 file */
        post: operations["uploadHelpAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 内部备注（会员看不到） */
        post: operations["addHelpNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评价办理结果（满意 / 基本满意 / 不满意），求助随之关闭 */
        post: operations["rateHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在时间线上留言：会员的留言，或办理人的答复 */
        post: operations["replyHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推进求助：受理、改派、补充、办结、不予办理、撤回、重新打开…… */
        post: operations["transitionHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为已办结的求助安排回访 */
        post: operations["scheduleHelpVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/requests/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMyHelpRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getHelpSettings"];
        /** 答复期限（工作日数，默认 5） */
        put: operations["updateHelpSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待受理、超期、到期回访的数目（主席看超期数） */
        get: operations["getHelpSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访：到期的（含一周内）、计划中的、已完成的 */
        get: operations["listHelpVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/help/visits/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回访情况 */
        post: operations["completeHelpVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前会员、所属工会、分工会与角色 */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/privacy/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的个人信息：资料、各项服务的记录、参加评议的次数 */
        get: operations["getMyPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/privacy/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 注销本人账号：按公开的规则删除或匿名化个人信息，统计数字不变；不可恢复 */
        delete: operations["eraseMyAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/privacy/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 注销账号前：能否注销，以及会取消、删除哪些内容 */
        get: operations["previewAccountErasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/privacy/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载本人的个人信息（JSON 或 XLSX） */
        get: operations["exportMyPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["markMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["markAllMessagesRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/subscribe-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可订阅的微信消息模板（在预约、提交时请求授权用） */
        get: operations["listSubscribeTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录会员在 requestSubscribeMessage 中同意的模板，每次同意可发送一条 */
        post: operations["recordSubscriptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["countUnreadMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listNotices"];
        put?: never;
        /** 发布公告（工会干事、主席） */
        post: operations["createNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getNotice"];
        put?: never;
        post?: never;
        delete: operations["deleteNotice"];
        options?: never;
        head?: never;
        patch: operations["updateNotice"];
        trace?: never;
    };
    "/api/reception/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预约一个接待时段（同一时段只能一人，同一场每人只能有一个待接待的预约） */
        post: operations["bookReceptionSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次接待预约（会员本人，或本工会主席、干事和接待人） */
        get: operations["getReceptionAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交办：交给谁办理、答复期限（默认 7 天后） */
        post: operations["assignReceptionAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记到场或未到场；到场后答复期限为接待日起 7 天 */
        post: operations["markReceptionAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约：会员在时段开始前；工会在到场登记前（会通知会员） */
        post: operations["cancelReceptionAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记会员反映的问题（未标到场的视为到场），可标记转为困难帮扶 */
        put: operations["recordReceptionOutcome"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会员评价答复：满意、基本满意、不满意（一次） */
        post: operations["rateReceptionReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复会员（会通知会员，请其评价） */
        post: operations["replyReceptionAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/appointments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的接待预约：状态、答复与评价，最近的在前 */
        get: operations["listMyReceptionAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户在接待日中的身份与待办数量（今日预约、待答复、已逾期） */
        get: operations["getReceptionDesk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已接待、尚未答复的事项，期限最早的在前，逾期的标出 */
        get: operations["listReceptionFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/receivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可担任接待人的本工会成员：工会主席，以及工会干事（副主席） */
        get: operations["listReceptionReceivers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会即将举行的接待日，含空闲时段数 */
        get: operations["listReceptionSessions"];
        put?: never;
        /** 发布接待日：单次，或每周同一时间直到截止日期 */
        post: operations["publishReceptionSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一场接待日及其各时段（空闲、已约、我的、已过） */
        get: operations["getReceptionSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消一场接待日：已预约的会员会收到通知 */
        post: operations["cancelReceptionSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月度汇总：场次、预约、话题、按期答复、满意度 */
        get: operations["getReceptionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月度汇总 Excel（XLSX）：汇总与接待明细（保密事项只列话题） */
        get: operations["exportReceptionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 今日接待：今天的预约按时间先后，含话题与说明（保密的只给接待人看） */
        get: operations["listTodayReceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reception/week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一周的接待日（周一至周日）及各场预约 */
        get: operations["listWeekReceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的全部评议（含草稿）及参评人数 */
        get: operations["listSurveys"];
        put?: never;
        /** 新建评议草稿 */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评议的题目，以及我是否已参评 */
        get: operations["getSurvey"];
        /** 修改评议草稿（发布后题目冻结，不能再改） */
        put: operations["updateSurvey"];
        post?: never;
        /** 删除评议草稿 */
        delete: operations["deleteSurvey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束评议：不再接受答卷 */
        post: operations["closeSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/{id}/export-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成结果导出（XLSX）的一次性下载地址 */
        post: operations["createSurveyExportLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布评议：题目冻结，参评范围内的会员收到通知 */
        post: operations["openSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提醒尚未参评的会员（12 小时内一次）；只返回提醒人数 */
        post: operations["remindSurveyNonRespondents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交答卷（每人一次，不记名）；返回只证明参评、不含答案的回执码 */
        post: operations["submitSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评议结果：参评率、满意率、各题分布、意见建议、分工会对比（不足 5 份显示样本不足） */
        get: operations["getSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会的分工会（选择参评范围用） */
        get: operations["listSurveyBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/exports/{ticket}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载评议结果 XLSX（汇总、每题一页、意见建议） */
        get: operations["downloadSurveyExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我可以参加的、正在进行的评议 */
        get: operations["listOpenSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已结束并向会员公布结果的评议 */
        get: operations["listPublishedSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/receipts/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验会员出示的参评回执码（只证明参评，不涉及答案） */
        post: operations["verifySurveyReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各校参评率、满意率与合计（不足 5 份显示样本不足，不含任何个人答卷） */
        get: operations["getSurveyRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/surveys/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标准评议模板（可复制后修改） */
        get: operations["getSurveyTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本工会及其下各级工会（任意层级） */
        get: operations["listUnions"];
        put?: never;
        /** 在本工会之下新建区县工会或学校工会；同名重复提交返回已有的那个 */
        post: operations["createUnion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** 当前会员可以做的事 */
        Capabilities: {
            /** @description 可以查看操作记录 */
            auditReader: boolean;
            /** @description 可以查看慰问统计（学校工会干事、主席或上级工会） */
            careSummaryReader: boolean;
            /** @description 本工会的心理咨询师 */
            counsellor: boolean;
            /** @description 已登录的在会会员 */
            member: boolean;
            /** @description 可以发布公告 */
            noticePublisher: boolean;
            /** @description 本工会的工会干事或主席 */
            officer: boolean;
            /** @description 可以管理本工会的名册和角色 */
            rosterManager: boolean;
            /** @description 学校工会的工会干事或主席 */
            schoolOfficer: boolean;
            /** @description 担任上级工会角色，可以查看评议汇总 */
            supervisor: boolean;
            /** @description 上级工会（市、区工会） */
            upperUnion: boolean;
            /** @description 可以使用工作台 */
            workbench: boolean;
        };
        /** 错误 */
        ErrorResponse: {
            code: string;
            /** @description 中文说明 */
            message: string;
        };
        /** 当前会员 */
        Me: {
            branch: {
                id: number;
                name: string;
            } | null;
            capabilities: components["schemas"]["Capabilities"];
            id: number;
            name: string;
            roles: {
                /**
                 * 角色
                 * @enum {string}
                 */
                role: "staff" | "chair" | "counsellor" | "supervisor";
                unionId: number;
                unionName: string;
            }[];
            staffNo: string;
            union: {
                id: number;
                /** @enum {string} */
                kind: "city" | "district" | "school" | "branch";
                name: string;
            };
        };
        Notice: {
            authorName: string;
            body: string;
            /**
             * 栏目
             * @description news 新闻公告，rules 亮制度，services 亮项目，procedures 亮程序，officers 亮身份
             * @enum {string}
             */
            category: "news" | "rules" | "services" | "procedures" | "officers";
            id: number;
            pinned: boolean;
            /** Format: date-time */
            publishedAt: string;
            title: string;
            unionName: string;
        };
        /** 登录会话 */
        Session: {
            /** Format: date-time */
            expiresAt: string;
            member: components["schemas"]["Me"];
            token: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    exportAnnualReport: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 工作簿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAnnualReportContents: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        figures: {
                            /**
                             * @description year 全年数字（不会再变），snapshot 导出时的名册现状
                             * @enum {string}
                             */
                            kind: "year" | "snapshot";
                            label: string;
                            section: string;
                            /** @description null：该项服务未启用或没有数据 */
                            value: number | null;
                        }[];
                        sheets: {
                            description: string;
                            name: string;
                        }[];
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description 上一页最后一条的 id；第 500 页和第 1 页一样快 */
                before?: number;
                /** @description YYYY-MM-DD，北京时间 */
                from?: string;
                kind?: "roles" | "members" | "branches" | "exports" | "confidential" | "privacy";
                limit?: number;
                /** @description YYYY-MM-DD，北京时间 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actionLabel: string;
                            actorName: string | null;
                            /** Format: date-time */
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            id: number;
                            /** @description 一句话说明，可能为空 */
                            summary: string;
                            targetId: string | null;
                            /** @description 对象：会员或分工会的名称，或记录类别和编号 */
                            targetLabel: string;
                            targetType: string;
                        }[];
                        kinds: {
                            key: string;
                            label: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listBranches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            memberCount: number;
                            name: string;
                        }[];
                        unionName: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createBranch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 分工会名称 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        memberCount: number;
                        name: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteBranch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    renameBranch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 分工会名称 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        memberCount: number;
                        name: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                after?: string;
                branchId?: number;
                limit?: number;
                q?: string;
                /** @description active 在册，left 已离会 */
                status?: "active" | "left";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 已绑定微信 */
                            bound: boolean;
                            branchId: number | null;
                            branchName: string | null;
                            /** @description 本人已注销账号（资料已匿名化，不能再修改） */
                            erased: boolean;
                            id: number;
                            name: string;
                            phone: string;
                            roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                            staffNo: string;
                            /**
                             * 会籍状态
                             * @description active 在册，left 已离会
                             * @enum {string}
                             */
                            status: "active" | "left";
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                        /** @description 符合条件的会员人数（各页相同） */
                        total: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 分工会 */
                    branchId?: number | null;
                    /** 姓名 */
                    name: string;
                    /** 手机号 */
                    phone: string;
                    /** 工号 */
                    staffNo: string;
                    /**
                     * 会籍状态
                     * @description active 在册，left 已离会
                     * @enum {string}
                     */
                    status?: "active" | "left";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已绑定微信 */
                        bound: boolean;
                        branchId: number | null;
                        branchName: string | null;
                        /** @description 本人已注销账号（资料已匿名化，不能再修改） */
                        erased: boolean;
                        id: number;
                        name: string;
                        phone: string;
                        roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                        staffNo: string;
                        /**
                         * 会籍状态
                         * @description active 在册，left 已离会
                         * @enum {string}
                         */
                        status: "active" | "left";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已绑定微信 */
                        bound: boolean;
                        branchId: number | null;
                        branchName: string | null;
                        /** @description 本人已注销账号（资料已匿名化，不能再修改） */
                        erased: boolean;
                        id: number;
                        name: string;
                        phone: string;
                        roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                        staffNo: string;
                        /**
                         * 会籍状态
                         * @description active 在册，left 已离会
                         * @enum {string}
                         */
                        status: "active" | "left";
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 分工会 */
                    branchId?: number | null;
                    /** 姓名 */
                    name?: string;
                    /** 手机号 */
                    phone?: string;
                    /**
                     * 角色
                     * @description 保存后会员在本工会的全部角色
                     */
                    roles?: ("staff" | "chair" | "counsellor" | "supervisor")[];
                    /** 工号 */
                    staffNo?: string;
                    /**
                     * 会籍状态
                     * @description active 在册，left 已离会
                     * @enum {string}
                     */
                    status?: "active" | "left";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已绑定微信 */
                        bound: boolean;
                        branchId: number | null;
                        branchName: string | null;
                        /** @description 本人已注销账号（资料已匿名化，不能再修改） */
                        erased: boolean;
                        id: number;
                        name: string;
                        phone: string;
                        roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                        staffNo: string;
                        /**
                         * 会籍状态
                         * @description active 在册，left 已离会
                         * @enum {string}
                         */
                        status: "active" | "left";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    assignRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 角色
                     * @description staff 工会干事，chair 工会主席，counsellor 心理咨询师，supervisor 上级工会
                     * @enum {string}
                     */
                    role: "staff" | "chair" | "counsellor" | "supervisor";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已绑定微信 */
                        bound: boolean;
                        branchId: number | null;
                        branchName: string | null;
                        /** @description 本人已注销账号（资料已匿名化，不能再修改） */
                        erased: boolean;
                        id: number;
                        name: string;
                        phone: string;
                        roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                        staffNo: string;
                        /**
                         * 会籍状态
                         * @description active 在册，left 已离会
                         * @enum {string}
                         */
                        status: "active" | "left";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    revokeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description staff 工会干事，chair 工会主席，counsellor 心理咨询师，supervisor 上级工会 */
                role: "staff" | "chair" | "counsellor" | "supervisor";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已绑定微信 */
                        bound: boolean;
                        branchId: number | null;
                        branchName: string | null;
                        /** @description 本人已注销账号（资料已匿名化，不能再修改） */
                        erased: boolean;
                        id: number;
                        name: string;
                        phone: string;
                        roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                        staffNo: string;
                        /**
                         * 会籍状态
                         * @description active 在册，left 已离会
                         * @enum {string}
                         */
                        status: "active" | "left";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    importMembers: {
        parameters: {
            query?: {
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 新增会员 */
                        created: number;
                        /** @description 离会并解除微信绑定的会员 */
                        deactivated: number;
                        dryRun: boolean;
                        fileName: string;
                        problems: {
                            reason: string;
                            row: number;
                            staffNo: string;
                        }[];
                        /** @description 文件中的数据行 */
                        total: number;
                        unchanged: number;
                        /** @description 资料有变化的会员 */
                        updated: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAdminOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeMembers: number;
                        /** @description 可管理名册与角色 */
                        canManage: boolean;
                        canReadAudit: boolean;
                        roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                        /** @description city 市级工会，district 区县教育工会，school 学校工会 */
                        unionKind: string;
                        unionName: string;
                        waiting: {
                            count: number;
                            key: string;
                            label: string;
                            path: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAssessmentRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    openAssessmentRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 日期
                     * Format: date
                     */
                    closesOn: string;
                    /**
                     * 日期
                     * Format: date
                     */
                    opensOn: string;
                    /** 评定等次 */
                    results?: string[];
                    /** 名称 */
                    title: string;
                    /** 年度 */
                    year: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本人所在工会开启的评家，可以评审 */
                        canReview: boolean;
                        /**
                         * 日期
                         * Format: date
                         */
                        closesOn: string;
                        id: number;
                        /**
                         * 日期
                         * Format: date
                         */
                        opensOn: string;
                        /** @enum {string} */
                        phase: "upcoming" | "open" | "closed";
                        results: string[];
                        title: string;
                        totalPoints: number;
                        unionId: number;
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本人所在工会开启的评家，可以评审 */
                        canReview: boolean;
                        /**
                         * 日期
                         * Format: date
                         */
                        closesOn: string;
                        id: number;
                        /**
                         * 日期
                         * Format: date
                         */
                        opensOn: string;
                        /** @enum {string} */
                        phase: "upcoming" | "open" | "closed";
                        results: string[];
                        title: string;
                        totalPoints: number;
                        unionId: number;
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPeerReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 上级工会：可以安排本工会之下的互查 */
                        canAssign: boolean;
                        pairs: {
                            comment: string;
                            /** Format: date-time */
                            commentedAt: string | null;
                            reviewerName: string;
                            reviewerSchoolId: number;
                            schoolId: number;
                            schoolName: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    assignPeerReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 互查安排 */
                    pairs: {
                        reviewerSchoolId: number;
                        schoolId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pairs: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssessmentRollup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        schools: {
                            /** @enum {string|null} */
                            leadershipRating: "excellent" | "good" | "fair" | "poor" | null;
                            parentName: string;
                            result: string | null;
                            reviewTotal: number | null;
                            /** @description 会员评家满意率；不足 5 份为空 */
                            satisfactionRate: number | null;
                            selfTotal: number | null;
                            /** @enum {string} */
                            status: "not_started" | "draft" | "submitted" | "returned" | "accepted";
                            unionId: number;
                            unionName: string;
                        }[];
                        totals: {
                            accepted: number;
                            byResult: {
                                count: number;
                                result: string;
                            }[];
                            schools: number;
                            /** @description 已提交（含已评定） */
                            submitted: number;
                        };
                        viewerName: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportAssessmentRollup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    saveSelfAssessmentItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 自评说明 */
                    evidence: string;
                    /** 分数 */
                    selfScore: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadAssessmentEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssessmentEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: number;
                key: string;
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件内容 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteAssessmentEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: number;
                key: string;
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    saveLeadershipRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 评价说明 */
                    note: string;
                    /**
                     * 党政评价
                     * @enum {string}
                     */
                    rating: "excellent" | "good" | "fair" | "poor";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    savePeerReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 互查意见 */
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    reviewSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 总体意见 */
                    comment: string;
                    /**
                     * 评审结论
                     * @enum {string}
                     */
                    decision: "accept" | "return";
                    items: {
                        /** 评审意见 */
                        comment: string;
                        key: string;
                        /** 分数 */
                        score: number;
                    }[];
                    /** 评定等次 */
                    result?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                schoolId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本校干事可以修改（草稿或被退回，且在评家期间） */
                        editable: boolean;
                        items: {
                            area: string;
                            evidence: string;
                            evidenceHint: string;
                            figureKey: string | null;
                            /** @description 小程序中已有的数据，自动填入 */
                            figures: {
                                label: string;
                                unit: string;
                                value: number | null;
                            }[];
                            files: {
                                contentType: string;
                                fileName: string;
                                id: number;
                                sizeBytes: number;
                            }[];
                            key: string;
                            points: number;
                            reviewComment: string;
                            reviewScore: number | null;
                            selfScore: number | null;
                            title: string;
                        }[];
                        leadership: {
                            note: string;
                            /** @enum {string|null} */
                            rating: "excellent" | "good" | "fair" | "poor" | null;
                        };
                        peerReviews: {
                            comment: string;
                            reviewerName: string;
                            reviewerUnionId: number;
                        }[];
                        result: string | null;
                        /** @description 本人可以评审（已提交，且是开启评家的上级工会） */
                        reviewable: boolean;
                        reviewComment: string;
                        reviewTotal: number | null;
                        round: {
                            /** @description 本人所在工会开启的评家，可以评审 */
                            canReview: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            closesOn: string;
                            id: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            opensOn: string;
                            /** @enum {string} */
                            phase: "upcoming" | "open" | "closed";
                            results: string[];
                            title: string;
                            totalPoints: number;
                            unionId: number;
                            unionName: string;
                            year: number;
                        };
                        selfTotal: number;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "returned" | "accepted";
                        /** Format: date-time */
                        submittedAt: string | null;
                        union: {
                            id: number;
                            name: string;
                        };
                        /**
                         * @description school 本校干事，reviewer 开启评家的上级工会，overseer 更上级工会（只看），peer 互查学校
                         * @enum {string}
                         */
                        viewer: "school" | "reviewer" | "overseer" | "peer";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAssessmentStandard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** 类别 */
                            area: string;
                            /** 佐证材料 */
                            evidence: string;
                            /**
                             * 自动填入的数据
                             * @enum {string|null}
                             */
                            figure: "survey" | "booking" | "reception" | "help" | "clubs" | "care" | "motions" | null;
                            /** 条目编号 */
                            key: string;
                            /** 分值 */
                            points: number;
                            /** 考核内容 */
                            title: string;
                        }[];
                        /**
                         * @description own 本工会修订的，inherited 沿用上级工会的，builtin 内置标准
                         * @enum {string}
                         */
                        source: "own" | "inherited" | "builtin";
                        totalPoints: number;
                        unionName: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateAssessmentStandard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 考核条目 */
                    items: {
                        /** 类别 */
                        area: string;
                        /** 佐证材料 */
                        evidence: string;
                        /**
                         * 自动填入的数据
                         * @enum {string|null}
                         */
                        figure: "survey" | "booking" | "reception" | "help" | "clubs" | "care" | "motions" | null;
                        /** 条目编号 */
                        key: string;
                        /** 分值 */
                        points: number;
                        /** 考核内容 */
                        title: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** 类别 */
                            area: string;
                            /** 佐证材料 */
                            evidence: string;
                            /**
                             * 自动填入的数据
                             * @enum {string|null}
                             */
                            figure: "survey" | "booking" | "reception" | "help" | "clubs" | "care" | "motions" | null;
                            /** 条目编号 */
                            key: string;
                            /** 分值 */
                            points: number;
                            /** 考核内容 */
                            title: string;
                        }[];
                        /**
                         * @description own 本工会修订的，inherited 沿用上级工会的，builtin 内置标准
                         * @enum {string}
                         */
                        source: "own" | "inherited" | "builtin";
                        totalPoints: number;
                        unionName: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    bindMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 姓名 */
                    name: string;
                    /** 手机号后四位 */
                    phoneLast4: string;
                    /** 工号 */
                    staffNo: string;
                    /** 绑定凭证 */
                    ticket: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 尝试过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "dev" | "wechat" | "cloudrun";
                        /** @description 登录页副标题：部署只服务一个顶层工会时为它的名称 */
                        unionName?: string;
                    };
                };
            };
        };
    };
    listDevAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: {
                            name: string;
                            roles: ("staff" | "chair" | "counsellor" | "supervisor")[];
                            staffNo: string;
                            unionName: string;
                        }[];
                    };
                };
            };
        };
    };
    devLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 工号 */
                    staffNo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    wechatLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 登录凭证 code */
                    code?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        member: components["schemas"]["Me"];
                        /** @enum {string} */
                        status: "bound";
                        token: string;
                    } | {
                        /** Format: date-time */
                        expiresAt: string;
                        /** @enum {string} */
                        status: "unbound";
                        /** @description 绑定凭证，十五分钟内有效 */
                        ticket: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyBookings: {
        parameters: {
            query?: {
                /** @description 上一页返回的 nextCursor；不填为第一页 */
                after?: string;
                limit?: number;
                /** @description upcoming 未结束的，past 已结束、取消或未到场的 */
                scope?: "upcoming" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            cancelDeadline: string;
                            /** @description 本人现在能否取消 */
                            cancellable: boolean;
                            /** Format: date-time */
                            checkedInAt: string | null;
                            /** Format: date-time */
                            checkInClosesAt: string;
                            /** Format: date-time */
                            checkInOpensAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description 本地日期 */
                            date: string;
                            /** @description HH:MM */
                            end: string;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            note: string;
                            /** @description 取消、驳回或未到场的原因 */
                            reason: string | null;
                            room: {
                                id: number;
                                location: string;
                                name: string;
                            };
                            seats: number;
                            /**
                             * @description member 会员预约，walk_in 扫码立即使用，series 工会固定安排
                             * @enum {string}
                             */
                            source: "member" | "walk_in" | "series";
                            /** @description HH:MM */
                            start: string;
                            /** Format: date-time */
                            startsAt: string;
                            /**
                             * 状态
                             * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                             * @enum {string}
                             */
                            status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 备注 */
                    note?: string;
                    /** 场地 */
                    roomId: number;
                    /**
                     * 时段开始时间
                     * Format: date-time
                     */
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelDeadline: string;
                        /** @description 本人现在能否取消 */
                        cancellable: boolean;
                        /** Format: date-time */
                        checkedInAt: string | null;
                        /** Format: date-time */
                        checkInClosesAt: string;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description 本地日期 */
                        date: string;
                        /** @description HH:MM */
                        end: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        member: {
                            id: number;
                            name: string;
                        };
                        note: string;
                        /** @description 取消、驳回或未到场的原因 */
                        reason: string | null;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                        };
                        seats: number;
                        /**
                         * @description member 会员预约，walk_in 扫码立即使用，series 工会固定安排
                         * @enum {string}
                         */
                        source: "member" | "walk_in" | "series";
                        /** @description HH:MM */
                        start: string;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                         * @enum {string}
                         */
                        status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelDeadline: string;
                        /** @description 本人现在能否取消 */
                        cancellable: boolean;
                        /** Format: date-time */
                        checkedInAt: string | null;
                        /** Format: date-time */
                        checkInClosesAt: string;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description 本地日期 */
                        date: string;
                        /** @description HH:MM */
                        end: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        member: {
                            id: number;
                            name: string;
                        };
                        note: string;
                        /** @description 取消、驳回或未到场的原因 */
                        reason: string | null;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                        };
                        seats: number;
                        /**
                         * @description member 会员预约，walk_in 扫码立即使用，series 工会固定安排
                         * @enum {string}
                         */
                        source: "member" | "walk_in" | "series";
                        /** @description HH:MM */
                        start: string;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                         * @enum {string}
                         */
                        status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 取消原因 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelDeadline: string;
                        /** @description 本人现在能否取消 */
                        cancellable: boolean;
                        /** Format: date-time */
                        checkedInAt: string | null;
                        /** Format: date-time */
                        checkInClosesAt: string;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description 本地日期 */
                        date: string;
                        /** @description HH:MM */
                        end: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        member: {
                            id: number;
                            name: string;
                        };
                        note: string;
                        /** @description 取消、驳回或未到场的原因 */
                        reason: string | null;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                        };
                        seats: number;
                        /**
                         * @description member 会员预约，walk_in 扫码立即使用，series 工会固定安排
                         * @enum {string}
                         */
                        source: "member" | "walk_in" | "series";
                        /** @description HH:MM */
                        start: string;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                         * @enum {string}
                         */
                        status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 签到码 */
                    scene: string;
                    /**
                     * 立即使用
                     * @description true：没有预约时预约当前时段并签到
                     */
                    walkIn?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** 预约 */
                        booking: {
                            /** Format: date-time */
                            cancelDeadline: string;
                            /** @description 本人现在能否取消 */
                            cancellable: boolean;
                            /** Format: date-time */
                            checkedInAt: string | null;
                            /** Format: date-time */
                            checkInClosesAt: string;
                            /** Format: date-time */
                            checkInOpensAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description 本地日期 */
                            date: string;
                            /** @description HH:MM */
                            end: string;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            note: string;
                            /** @description 取消、驳回或未到场的原因 */
                            reason: string | null;
                            room: {
                                id: number;
                                location: string;
                                name: string;
                            };
                            seats: number;
                            /**
                             * @description member 会员预约，walk_in 扫码立即使用，series 工会固定安排
                             * @enum {string}
                             */
                            source: "member" | "walk_in" | "series";
                            /** @description HH:MM */
                            start: string;
                            /** Format: date-time */
                            startsAt: string;
                            /**
                             * 状态
                             * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                             * @enum {string}
                             */
                            status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                        } | null;
                        /** @description 给会员看的一句话 */
                        message: string;
                        /** @description 之后最近的可约时段 */
                        nextFree: {
                            /** @description 本地日期 */
                            date: string;
                            /** @description HH:MM */
                            end: string;
                            /** Format: date-time */
                            endsAt: string;
                            remaining: number;
                            /** @description HH:MM */
                            start: string;
                            /** Format: date-time */
                            startsAt: string;
                        } | null;
                        /**
                         * @description checked_in 签到成功，already_checked_in 已签到过，walked_in 立即使用成功，not_checked_in 未签到（见 message）
                         * @enum {string}
                         */
                        outcome: "checked_in" | "already_checked_in" | "walked_in" | "not_checked_in";
                        room: {
                            id: number;
                            location: string;
                            name: string;
                        };
                        /** @description 可“立即使用”的时段 */
                        walkIn: {
                            /** @description 本地日期 */
                            date: string;
                            /** @description HH:MM */
                            end: string;
                            /** Format: date-time */
                            endsAt: string;
                            remaining: number;
                            /** @description HH:MM */
                            start: string;
                            /** Format: date-time */
                            startsAt: string;
                        } | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listManagedBookings: {
        parameters: {
            query?: {
                after?: string;
                /** @description 本地日期 YYYY-MM-DD（北京时间） */
                from?: string;
                limit?: number;
                roomId?: number;
                /** @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过 */
                status?: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                /** @description 本地日期 YYYY-MM-DD（北京时间） */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            cancelDeadline: string;
                            /** @description 本人现在能否取消 */
                            cancellable: boolean;
                            /** Format: date-time */
                            checkedInAt: string | null;
                            /** Format: date-time */
                            checkInClosesAt: string;
                            /** Format: date-time */
                            checkInOpensAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description 本地日期 */
                            date: string;
                            /** @description HH:MM */
                            end: string;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            member: {
                                id: number;
                                name: string;
                            };
                            note: string;
                            /** @description 取消、驳回或未到场的原因 */
                            reason: string | null;
                            room: {
                                id: number;
                                location: string;
                                name: string;
                            };
                            seats: number;
                            /**
                             * @description member 会员预约，walk_in 扫码立即使用，series 工会固定安排
                             * @enum {string}
                             */
                            source: "member" | "walk_in" | "series";
                            /** @description HH:MM */
                            start: string;
                            /** Format: date-time */
                            startsAt: string;
                            /**
                             * 状态
                             * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                             * @enum {string}
                             */
                            status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    decideBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 处理结果
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /** 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        cancelDeadline: string;
                        /** @description 本人现在能否取消 */
                        cancellable: boolean;
                        /** Format: date-time */
                        checkedInAt: string | null;
                        /** Format: date-time */
                        checkInClosesAt: string;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description 本地日期 */
                        date: string;
                        /** @description HH:MM */
                        end: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        member: {
                            id: number;
                            name: string;
                        };
                        note: string;
                        /** @description 取消、驳回或未到场的原因 */
                        reason: string | null;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                        };
                        seats: number;
                        /**
                         * @description member 会员预约，walk_in 扫码立即使用，series 工会固定安排
                         * @enum {string}
                         */
                        source: "member" | "walk_in" | "series";
                        /** @description HH:MM */
                        start: string;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                         * @enum {string}
                         */
                        status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClosures: {
        parameters: {
            query?: {
                includePast?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            endsOn: string;
                            id: number;
                            reason: string;
                            /** @description null 表示全部场地 */
                            roomId: number | null;
                            roomName: string | null;
                            startsOn: string;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClosure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 结束日期
                     * Format: date
                     * @description 本地日期 YYYY-MM-DD（北京时间）
                     */
                    endsOn: string;
                    /** 原因 */
                    reason: string;
                    /**
                     * 场地
                     * @description 不填或 null：全部场地
                     */
                    roomId?: number | null;
                    /**
                     * 开始日期
                     * Format: date
                     * @description 本地日期 YYYY-MM-DD（北京时间）
                     */
                    startsOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 因闭馆取消并已通知的预约数 */
                        cancelledBookings: number;
                        closure: {
                            /** Format: date-time */
                            createdAt: string;
                            endsOn: string;
                            id: number;
                            reason: string;
                            /** @description null 表示全部场地 */
                            roomId: number | null;
                            roomName: string | null;
                            startsOn: string;
                        };
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteClosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDayView: {
        parameters: {
            query?: {
                /** @description 本地日期 YYYY-MM-DD（北京时间） */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        rooms: {
                            capacity: number;
                            closedReason: string | null;
                            id: number;
                            /**
                             * 预约方式
                             * @description whole 每个时段整场预约，seats 按座位预约
                             * @enum {string}
                             */
                            mode: "whole" | "seats";
                            name: string;
                            slots: {
                                booked: number;
                                bookings: {
                                    /** Format: date-time */
                                    checkedInAt: string | null;
                                    id: number;
                                    member: {
                                        id: number;
                                        name: string;
                                        staffNo: string;
                                    };
                                    note: string;
                                    seats: number;
                                    source: string;
                                    /**
                                     * 状态
                                     * @description pending 待审批，confirmed 已预约，checked_in 已签到，no_show 未到场，cancelled 已取消，rejected 未通过
                                     * @enum {string}
                                     */
                                    status: "pending" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "rejected";
                                }[];
                                capacity: number;
                                /** @description 本地日期 */
                                date: string;
                                /** @description HH:MM */
                                end: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** @description HH:MM */
                                start: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listManagedRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** 开始前多少分钟停止取消 */
                            cancelCutoffMinutes: number;
                            /**
                             * 容量
                             * @description seats：每个时段的座位数；whole：可容纳人数（仅展示）
                             */
                            capacity: number;
                            /** 开始后可签到分钟数 */
                            checkInAfterMinutes: number;
                            /** 开始前可签到分钟数 */
                            checkInBeforeMinutes: number;
                            /** @description 签到码（小程序码 scene） */
                            code: string;
                            /** 简介 */
                            description: string;
                            id: number;
                            /** 位置 */
                            location: string;
                            /**
                             * 预约方式
                             * @description whole 每个时段整场预约，seats 按座位预约
                             * @enum {string}
                             */
                            mode: "whole" | "seats";
                            /** 场地名称 */
                            name: string;
                            /** 开放时间 */
                            openingHours: {
                                /**
                                 * 关闭时间
                                 * @description HH:MM，可为 24:00
                                 */
                                closes: string;
                                /**
                                 * 开放时间
                                 * @description HH:MM（北京时间）
                                 */
                                opens: string;
                                /**
                                 * 星期
                                 * @description 1 周一 … 7 周日
                                 */
                                weekday: number;
                            }[];
                            /** 照片 */
                            photos: string[];
                            /**
                             * 每人每天次数
                             * @description null 表示不限
                             */
                            quotaPerDay: number | null;
                            /**
                             * 每人每周次数
                             * @description null 表示不限
                             */
                            quotaPerWeek: number | null;
                            /**
                             * 每人未使用预约上限
                             * @description null 表示不限
                             */
                            quotaUpcoming: number | null;
                            /**
                             * 每日放号时间
                             * @description HH:MM（北京时间）
                             */
                            releaseTime: string;
                            /** 需要审批 */
                            requiresApproval: boolean;
                            /** 时段长度（分钟） */
                            slotMinutes: number;
                            /** 可提前预约天数 */
                            windowDays: number;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 开始前多少分钟停止取消 */
                    cancelCutoffMinutes?: number;
                    /**
                     * 容量
                     * @description seats：每个时段的座位数；whole：可容纳人数（仅展示）
                     */
                    capacity: number;
                    /** 开始后可签到分钟数 */
                    checkInAfterMinutes?: number;
                    /** 开始前可签到分钟数 */
                    checkInBeforeMinutes?: number;
                    /** 简介 */
                    description?: string;
                    /** 位置 */
                    location?: string;
                    /**
                     * 预约方式
                     * @description whole 每个时段整场预约，seats 按座位预约
                     * @enum {string}
                     */
                    mode: "whole" | "seats";
                    /** 场地名称 */
                    name: string;
                    /** 开放时间 */
                    openingHours: {
                        /**
                         * 关闭时间
                         * @description HH:MM，可为 24:00
                         */
                        closes: string;
                        /**
                         * 开放时间
                         * @description HH:MM（北京时间）
                         */
                        opens: string;
                        /**
                         * 星期
                         * @description 1 周一 … 7 周日
                         */
                        weekday: number;
                    }[];
                    /** 照片 */
                    photos?: string[];
                    /**
                     * 每人每天次数
                     * @description null 表示不限
                     */
                    quotaPerDay?: number | null;
                    /**
                     * 每人每周次数
                     * @description null 表示不限
                     */
                    quotaPerWeek?: number | null;
                    /**
                     * 每人未使用预约上限
                     * @description null 表示不限
                     */
                    quotaUpcoming?: number | null;
                    /**
                     * 每日放号时间
                     * @description HH:MM（北京时间）
                     */
                    releaseTime?: string;
                    /** 需要审批 */
                    requiresApproval?: boolean;
                    /** 时段长度（分钟） */
                    slotMinutes: number;
                    /** 可提前预约天数 */
                    windowDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** 开始前多少分钟停止取消 */
                        cancelCutoffMinutes: number;
                        /**
                         * 容量
                         * @description seats：每个时段的座位数；whole：可容纳人数（仅展示）
                         */
                        capacity: number;
                        /** 开始后可签到分钟数 */
                        checkInAfterMinutes: number;
                        /** 开始前可签到分钟数 */
                        checkInBeforeMinutes: number;
                        /** @description 签到码（小程序码 scene） */
                        code: string;
                        /** 简介 */
                        description: string;
                        id: number;
                        /** 位置 */
                        location: string;
                        /**
                         * 预约方式
                         * @description whole 每个时段整场预约，seats 按座位预约
                         * @enum {string}
                         */
                        mode: "whole" | "seats";
                        /** 场地名称 */
                        name: string;
                        /** 开放时间 */
                        openingHours: {
                            /**
                             * 关闭时间
                             * @description HH:MM，可为 24:00
                             */
                            closes: string;
                            /**
                             * 开放时间
                             * @description HH:MM（北京时间）
                             */
                            opens: string;
                            /**
                             * 星期
                             * @description 1 周一 … 7 周日
                             */
                            weekday: number;
                        }[];
                        /** 照片 */
                        photos: string[];
                        /**
                         * 每人每天次数
                         * @description null 表示不限
                         */
                        quotaPerDay: number | null;
                        /**
                         * 每人每周次数
                         * @description null 表示不限
                         */
                        quotaPerWeek: number | null;
                        /**
                         * 每人未使用预约上限
                         * @description null 表示不限
                         */
                        quotaUpcoming: number | null;
                        /**
                         * 每日放号时间
                         * @description HH:MM（北京时间）
                         */
                        releaseTime: string;
                        /** 需要审批 */
                        requiresApproval: boolean;
                        /** 时段长度（分钟） */
                        slotMinutes: number;
                        /** 可提前预约天数 */
                        windowDays: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getManagedRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** 开始前多少分钟停止取消 */
                        cancelCutoffMinutes: number;
                        /**
                         * 容量
                         * @description seats：每个时段的座位数；whole：可容纳人数（仅展示）
                         */
                        capacity: number;
                        /** 开始后可签到分钟数 */
                        checkInAfterMinutes: number;
                        /** 开始前可签到分钟数 */
                        checkInBeforeMinutes: number;
                        /** @description 签到码（小程序码 scene） */
                        code: string;
                        /** 简介 */
                        description: string;
                        id: number;
                        /** 位置 */
                        location: string;
                        /**
                         * 预约方式
                         * @description whole 每个时段整场预约，seats 按座位预约
                         * @enum {string}
                         */
                        mode: "whole" | "seats";
                        /** 场地名称 */
                        name: string;
                        /** 开放时间 */
                        openingHours: {
                            /**
                             * 关闭时间
                             * @description HH:MM，可为 24:00
                             */
                            closes: string;
                            /**
                             * 开放时间
                             * @description HH:MM（北京时间）
                             */
                            opens: string;
                            /**
                             * 星期
                             * @description 1 周一 … 7 周日
                             */
                            weekday: number;
                        }[];
                        /** 照片 */
                        photos: string[];
                        /**
                         * 每人每天次数
                         * @description null 表示不限
                         */
                        quotaPerDay: number | null;
                        /**
                         * 每人每周次数
                         * @description null 表示不限
                         */
                        quotaPerWeek: number | null;
                        /**
                         * 每人未使用预约上限
                         * @description null 表示不限
                         */
                        quotaUpcoming: number | null;
                        /**
                         * 每日放号时间
                         * @description HH:MM（北京时间）
                         */
                        releaseTime: string;
                        /** 需要审批 */
                        requiresApproval: boolean;
                        /** 时段长度（分钟） */
                        slotMinutes: number;
                        /** 可提前预约天数 */
                        windowDays: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archiveRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 因停用而取消的预约数 */
                        cancelledBookings: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 启用 */
                    active?: boolean;
                    /** 开始前多少分钟停止取消 */
                    cancelCutoffMinutes?: number;
                    /**
                     * 容量
                     * @description seats：每个时段的座位数；whole：可容纳人数（仅展示）
                     */
                    capacity?: number;
                    /** 开始后可签到分钟数 */
                    checkInAfterMinutes?: number;
                    /** 开始前可签到分钟数 */
                    checkInBeforeMinutes?: number;
                    /** 简介 */
                    description?: string;
                    /** 位置 */
                    location?: string;
                    /**
                     * 预约方式
                     * @description whole 每个时段整场预约，seats 按座位预约
                     * @enum {string}
                     */
                    mode?: "whole" | "seats";
                    /** 场地名称 */
                    name?: string;
                    /** 开放时间 */
                    openingHours?: {
                        /**
                         * 关闭时间
                         * @description HH:MM，可为 24:00
                         */
                        closes: string;
                        /**
                         * 开放时间
                         * @description HH:MM（北京时间）
                         */
                        opens: string;
                        /**
                         * 星期
                         * @description 1 周一 … 7 周日
                         */
                        weekday: number;
                    }[];
                    /** 照片 */
                    photos?: string[];
                    /**
                     * 每人每天次数
                     * @description null 表示不限
                     */
                    quotaPerDay?: number | null;
                    /**
                     * 每人每周次数
                     * @description null 表示不限
                     */
                    quotaPerWeek?: number | null;
                    /**
                     * 每人未使用预约上限
                     * @description null 表示不限
                     */
                    quotaUpcoming?: number | null;
                    /**
                     * 每日放号时间
                     * @description HH:MM（北京时间）
                     */
                    releaseTime?: string;
                    /** 需要审批 */
                    requiresApproval?: boolean;
                    /** 时段长度（分钟） */
                    slotMinutes?: number;
                    /** 可提前预约天数 */
                    windowDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** 开始前多少分钟停止取消 */
                        cancelCutoffMinutes: number;
                        /**
                         * 容量
                         * @description seats：每个时段的座位数；whole：可容纳人数（仅展示）
                         */
                        capacity: number;
                        /** 开始后可签到分钟数 */
                        checkInAfterMinutes: number;
                        /** 开始前可签到分钟数 */
                        checkInBeforeMinutes: number;
                        /** @description 签到码（小程序码 scene） */
                        code: string;
                        /** 简介 */
                        description: string;
                        id: number;
                        /** 位置 */
                        location: string;
                        /**
                         * 预约方式
                         * @description whole 每个时段整场预约，seats 按座位预约
                         * @enum {string}
                         */
                        mode: "whole" | "seats";
                        /** 场地名称 */
                        name: string;
                        /** 开放时间 */
                        openingHours: {
                            /**
                             * 关闭时间
                             * @description HH:MM，可为 24:00
                             */
                            closes: string;
                            /**
                             * 开放时间
                             * @description HH:MM（北京时间）
                             */
                            opens: string;
                            /**
                             * 星期
                             * @description 1 周一 … 7 周日
                             */
                            weekday: number;
                        }[];
                        /** 照片 */
                        photos: string[];
                        /**
                         * 每人每天次数
                         * @description null 表示不限
                         */
                        quotaPerDay: number | null;
                        /**
                         * 每人每周次数
                         * @description null 表示不限
                         */
                        quotaPerWeek: number | null;
                        /**
                         * 每人未使用预约上限
                         * @description null 表示不限
                         */
                        quotaUpcoming: number | null;
                        /**
                         * 每日放号时间
                         * @description HH:MM（北京时间）
                         */
                        releaseTime: string;
                        /** 需要审批 */
                        requiresApproval: boolean;
                        /** 时段长度（分钟） */
                        slotMinutes: number;
                        /** 可提前预约天数 */
                        windowDays: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getRoomPoster: {
        parameters: {
            query?: {
                /** @description png 签到码图片，svg 可打印海报（A4） */
                format?: "png" | "svg";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description png：签到码图片；svg：A4 海报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 微信接口暂不可用 */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listBookingSeries: {
        parameters: {
            query?: {
                roomId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 进行中的在前（按首次日期），其后是已结束和已取消的（新的在前） */
                        items: {
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: number;
                                name: string;
                            };
                            /** @description 最后一个时段结束 HH:MM（可为 24:00） */
                            end: string;
                            endsOn: string;
                            /** @description 已安排的次数（不含已取消） */
                            heldBookings: number;
                            id: number;
                            /**
                             * Format: date-time
                             * @description 下一次开始时间
                             */
                            nextStartsAt: string | null;
                            roomId: number;
                            roomName: string;
                            seats: number;
                            /** @description 每次连续的时段数 */
                            slots: number;
                            /** @description 第一个时段开始 HH:MM */
                            start: string;
                            startsOn: string;
                            /**
                             * @description active 进行中，ended 已到截止日期，cancelled 已取消
                             * @enum {string}
                             */
                            status: "active" | "ended" | "cancelled";
                            title: string;
                            /** @description 尚未开始的次数 */
                            upcomingBookings: number;
                            /** @description 1 周一 … 7 周日，从小到大 */
                            weekdays: number[];
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createBookingSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 截止日期
                     * Format: date
                     * @description 本地日期 YYYY-MM-DD（北京时间）
                     */
                    endsOn: string;
                    /** 场地 */
                    roomId: number;
                    /**
                     * 占用座位数
                     * @description 按座位预约的场地可只占部分；默认整场
                     */
                    seats?: number;
                    /**
                     * 连续时段数
                     * @description 每次占用从开始时间起连续的几个时段；默认 1
                     */
                    slots?: number;
                    /**
                     * 开始时间
                     * @description 第一个时段的开始时间 HH:MM
                     */
                    start: string;
                    /**
                     * 首次日期
                     * Format: date
                     * @description 本地日期 YYYY-MM-DD（北京时间）
                     */
                    startsOn: string;
                    /**
                     * 用途
                     * @description 会员和工会干事看到的名称，如“羽毛球社训练”
                     */
                    title: string;
                    /**
                     * 星期
                     * @description 只有一天时可代替 weekdays
                     */
                    weekday?: number;
                    /** 星期 */
                    weekdays?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已预约的每一次 */
                        booked: {
                            bookingId: number;
                            date: string;
                            end: string;
                            start: string;
                            /** Format: date-time */
                            startsAt: string;
                        }[];
                        /** @description 与已有预约冲突、未能预约的每一次 */
                        conflicts: {
                            /** @description 本地日期 */
                            date: string;
                            /** @description HH:MM；当天没有该时段时为 null */
                            end: string | null;
                            /** @description 占用该时段的会员姓名或固定安排名称 */
                            heldBy: string[];
                            /** @description 未能预约的原因，写明被谁占用 */
                            reason: string;
                            /** @description HH:MM */
                            start: string;
                            /** Format: date-time */
                            startsAt: string | null;
                        }[];
                        series: {
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: number;
                                name: string;
                            };
                            /** @description 最后一个时段结束 HH:MM（可为 24:00） */
                            end: string;
                            endsOn: string;
                            /** @description 已安排的次数（不含已取消） */
                            heldBookings: number;
                            id: number;
                            /**
                             * Format: date-time
                             * @description 下一次开始时间
                             */
                            nextStartsAt: string | null;
                            roomId: number;
                            roomName: string;
                            seats: number;
                            /** @description 每次连续的时段数 */
                            slots: number;
                            /** @description 第一个时段开始 HH:MM */
                            start: string;
                            startsOn: string;
                            /**
                             * @description active 进行中，ended 已到截止日期，cancelled 已取消
                             * @enum {string}
                             */
                            status: "active" | "ended" | "cancelled";
                            title: string;
                            /** @description 尚未开始的次数 */
                            upcomingBookings: number;
                            /** @description 1 周一 … 7 周日，从小到大 */
                            weekdays: number[];
                        };
                        /** @description 因闭馆或时间已过而跳过的每一次 */
                        skipped: {
                            /** @description 本地日期 */
                            date: string;
                            /** @description HH:MM；当天没有该时段时为 null */
                            end: string | null;
                            /** @description 跳过的原因：闭馆（附闭馆原因）、时间已过 */
                            reason: string;
                            /** @description HH:MM */
                            start: string;
                            /** Format: date-time */
                            startsAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelBookingSeries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 释放的尚未开始的次数 */
                        cancelledBookings: number;
                        series: {
                            /** Format: date-time */
                            cancelledAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: number;
                                name: string;
                            };
                            /** @description 最后一个时段结束 HH:MM（可为 24:00） */
                            end: string;
                            endsOn: string;
                            /** @description 已安排的次数（不含已取消） */
                            heldBookings: number;
                            id: number;
                            /**
                             * Format: date-time
                             * @description 下一次开始时间
                             */
                            nextStartsAt: string | null;
                            roomId: number;
                            roomName: string;
                            seats: number;
                            /** @description 每次连续的时段数 */
                            slots: number;
                            /** @description 第一个时段开始 HH:MM */
                            start: string;
                            startsOn: string;
                            /**
                             * @description active 进行中，ended 已到截止日期，cancelled 已取消
                             * @enum {string}
                             */
                            status: "active" | "ended" | "cancelled";
                            title: string;
                            /** @description 尚未开始的次数 */
                            upcomingBookings: number;
                            /** @description 1 周一 … 7 周日，从小到大 */
                            weekdays: number[];
                        };
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getBookingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** 未到场次数 */
                        noShowLimit: number;
                        /** 统计天数 */
                        noShowWindowDays: number;
                        /** 暂停天数 */
                        suspensionDays: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateBookingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 未到场次数 */
                    noShowLimit: number;
                    /** 统计天数 */
                    noShowWindowDays: number;
                    /** 暂停天数 */
                    suspensionDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** 未到场次数 */
                        noShowLimit: number;
                        /** 统计天数 */
                        noShowWindowDays: number;
                        /** 暂停天数 */
                        suspensionDays: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSuspensions: {
        parameters: {
            query?: {
                after?: string;
                /** @description pending 只看待处理的申诉 */
                appeal?: "pending" | "any";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            appeal: {
                                /** Format: date-time */
                                appealedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                reason: string;
                                reply: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                            } | null;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            member: {
                                id: number;
                                name: string;
                                staffNo: string;
                            };
                            reason: string;
                            /** Format: date-time */
                            startsAt: string;
                            /**
                             * @description active 暂停中，lifted 申诉通过已解除，ended 已到期
                             * @enum {string}
                             */
                            status: "active" | "lifted" | "ended";
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                        total: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    decideAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 处理结果
                     * @enum {string}
                     */
                    decision: "approve" | "reject";
                    /** 答复 */
                    reply?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appeal: {
                            /** Format: date-time */
                            appealedAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            reason: string;
                            reply: string | null;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        } | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        member: {
                            id: number;
                            name: string;
                            staffNo: string;
                        };
                        reason: string;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * @description active 暂停中，lifted 申诉通过已解除，ended 已到期
                         * @enum {string}
                         */
                        status: "active" | "lifted" | "ended";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMonthlyUsage: {
        parameters: {
            query: {
                /** @description YYYY-MM */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 按预约数从多到少 */
                        busiestHours: {
                            bookings: number;
                            /** @description 开始的整点（0–23） */
                            hour: number;
                        }[];
                        month: string;
                        rooms: {
                            /** @description 预约数（不含取消、驳回） */
                            bookings: number;
                            cancelled: number;
                            checkedIn: number;
                            /** @description 签到率 = 已签到 /（已签到 + 未到场） */
                            checkInRate: number | null;
                            /** @description 爽约率 = 未到场 /（已签到 + 未到场） */
                            noShowRate: number | null;
                            noShows: number;
                            roomId: number;
                            roomName: string;
                        }[];
                        totals: {
                            /** @description 预约数（不含取消、驳回） */
                            bookings: number;
                            cancelled: number;
                            checkedIn: number;
                            /** @description 签到率 = 已签到 /（已签到 + 未到场） */
                            checkInRate: number | null;
                            /** @description 爽约率 = 未到场 /（已签到 + 未到场） */
                            noShowRate: number | null;
                            noShows: number;
                        };
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportMonthlyUsage: {
        parameters: {
            query: {
                /** @description YYYY-MM */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            capacity: number;
                            description: string;
                            id: number;
                            location: string;
                            /**
                             * 预约方式
                             * @description whole 每个时段整场预约，seats 按座位预约
                             * @enum {string}
                             */
                            mode: "whole" | "seats";
                            name: string;
                            photos: string[];
                            requiresApproval: boolean;
                            slotMinutes: number;
                            today: {
                                date: string;
                                /** @description 今天还可预约的时段数 */
                                freeCount: number;
                                /** @description 今天接下来的可约时段（最多 8 个） */
                                freeSlots: {
                                    /** @description 本地日期 */
                                    date: string;
                                    /** @description HH:MM */
                                    end: string;
                                    /** Format: date-time */
                                    endsAt: string;
                                    remaining: number;
                                    /** @description HH:MM */
                                    start: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                }[];
                                /** @description 今日不开放的原因 */
                                note: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** 开始前多少分钟停止取消 */
                        cancelCutoffMinutes: number;
                        /**
                         * 容量
                         * @description seats：每个时段的座位数；whole：可容纳人数（仅展示）
                         */
                        capacity: number;
                        /** 开始后可签到分钟数 */
                        checkInAfterMinutes: number;
                        /** 开始前可签到分钟数 */
                        checkInBeforeMinutes: number;
                        /** @description 签到码（小程序码 scene） */
                        code: string;
                        /** 简介 */
                        description: string;
                        id: number;
                        /** 位置 */
                        location: string;
                        /**
                         * 预约方式
                         * @description whole 每个时段整场预约，seats 按座位预约
                         * @enum {string}
                         */
                        mode: "whole" | "seats";
                        /** 场地名称 */
                        name: string;
                        /** 开放时间 */
                        openingHours: {
                            /**
                             * 关闭时间
                             * @description HH:MM，可为 24:00
                             */
                            closes: string;
                            /**
                             * 开放时间
                             * @description HH:MM（北京时间）
                             */
                            opens: string;
                            /**
                             * 星期
                             * @description 1 周一 … 7 周日
                             */
                            weekday: number;
                        }[];
                        /** 照片 */
                        photos: string[];
                        /**
                         * 每人每天次数
                         * @description null 表示不限
                         */
                        quotaPerDay: number | null;
                        /**
                         * 每人每周次数
                         * @description null 表示不限
                         */
                        quotaPerWeek: number | null;
                        /**
                         * 每人未使用预约上限
                         * @description null 表示不限
                         */
                        quotaUpcoming: number | null;
                        /**
                         * 每日放号时间
                         * @description HH:MM（北京时间）
                         */
                        releaseTime: string;
                        /** 需要审批 */
                        requiresApproval: boolean;
                        /** 时段长度（分钟） */
                        slotMinutes: number;
                        /** 可提前预约天数 */
                        windowDays: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getRoomAvailability: {
        parameters: {
            query?: {
                /** @description 本地日期 YYYY-MM-DD（北京时间） */
                date?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 所查看的日期 */
                        date: string;
                        dates: {
                            bookable: boolean;
                            date: string;
                            freeSlots: number;
                            /** @description 不可预约的原因，如“寒假”“08:00 开放预约” */
                            note: string | null;
                            /** @description 1 周一 … 7 周日 */
                            weekday: number;
                        }[];
                        /** @description 所查看日期不可预约的原因（如“寒假”“08:00 开放预约”“不开放”），可预约时为 null */
                        note: string | null;
                        /** @description null：该场地不限次数 */
                        quota: {
                            /** @description “当天”所指的日期（即所查看的日期） */
                            date: string;
                            /** @description null 表示不限 */
                            perDay: {
                                limit: number;
                                used: number;
                            } | null;
                            /** @description null 表示不限 */
                            perWeek: {
                                limit: number;
                                used: number;
                            } | null;
                            upcoming: {
                                limit: number;
                                /** @description 尚未使用的预约（待审核、已预约） */
                                used: number;
                            } | null;
                            /** @description 该日期所在周的周日 */
                            weekEnd: string;
                            /** @description 该日期所在周的周一 */
                            weekStart: string;
                        } | (never | null);
                        room: {
                            capacity: number;
                            description: string;
                            id: number;
                            location: string;
                            /**
                             * 预约方式
                             * @description whole 每个时段整场预约，seats 按座位预约
                             * @enum {string}
                             */
                            mode: "whole" | "seats";
                            name: string;
                            photos: string[];
                            requiresApproval: boolean;
                            slotMinutes: number;
                        };
                        /** 场地 */
                        rules: {
                            /** 开始前多少分钟停止取消 */
                            cancelCutoffMinutes: number;
                            /** 开始后可签到分钟数 */
                            checkInAfterMinutes: number;
                            /** 开始前可签到分钟数 */
                            checkInBeforeMinutes: number;
                            /** 开放时间 */
                            openingHours: {
                                /**
                                 * 关闭时间
                                 * @description HH:MM，可为 24:00
                                 */
                                closes: string;
                                /**
                                 * 开放时间
                                 * @description HH:MM（北京时间）
                                 */
                                opens: string;
                                /**
                                 * 星期
                                 * @description 1 周一 … 7 周日
                                 */
                                weekday: number;
                            }[];
                            /**
                             * 每人每天次数
                             * @description null 表示不限
                             */
                            quotaPerDay: number | null;
                            /**
                             * 每人每周次数
                             * @description null 表示不限
                             */
                            quotaPerWeek: number | null;
                            /**
                             * 每人未使用预约上限
                             * @description null 表示不限
                             */
                            quotaUpcoming: number | null;
                            /**
                             * 每日放号时间
                             * @description HH:MM（北京时间）
                             */
                            releaseTime: string;
                            /** 需要审批 */
                            requiresApproval: boolean;
                            /** 可提前预约天数 */
                            windowDays: number;
                        };
                        /** @description 每个时段的名额：整场预约为 1，按座位预约为座位数 */
                        slotCapacity: number;
                        /** @description 所查看日期的时段，按开始时间排列，每个长 room.slotMinutes 分钟。日期、不可预约原因与名额对每个时段都一样，只在上层写一次（date、note、slotCapacity）：这是会员打开最多的页面，应答越小越好 */
                        slots: {
                            /** @description 本人在该时段的预约，仅 mine 时有 */
                            myBookingId?: number;
                            remaining: number;
                            /** @description 开始时刻 HH:MM（北京时间）；与 date 合起来即预约时提交的 startsAt，如 2026-12-03 与 08:00 即 2026-12-03T08:00:00+08:00 */
                            start: string;
                            /**
                             * @description free 可约，few 余量紧张，full 已约满，mine 我已预约，closed 不开放/未放号，past 已过
                             * @enum {string}
                             */
                            state: "free" | "few" | "full" | "mine" | "closed" | "past";
                        }[];
                        today: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getBookingStanding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        noShowLimit: number;
                        noShowWindowDays: number;
                        /** @description 统计期内计入的未到场次数 */
                        recentNoShows: number;
                        /**
                         * 预约暂停
                         * @description 当前或最近一次暂停（已到期的不返回）
                         */
                        suspension: {
                            appeal: {
                                /** Format: date-time */
                                appealedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                reason: string;
                                reply: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                            } | null;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            member: {
                                id: number;
                                name: string;
                                staffNo: string;
                            };
                            reason: string;
                            /** Format: date-time */
                            startsAt: string;
                            /**
                             * @description active 暂停中，lifted 申诉通过已解除，ended 已到期
                             * @enum {string}
                             */
                            status: "active" | "lifted" | "ended";
                        } | null;
                        suspensionDays: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    appealSuspension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 申诉理由 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appeal: {
                            /** Format: date-time */
                            appealedAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            reason: string;
                            reply: string | null;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        } | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        member: {
                            id: number;
                            name: string;
                            staffNo: string;
                        };
                        reason: string;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * @description active 暂停中，lifted 申诉通过已解除，ended 已到期
                         * @enum {string}
                         */
                        status: "active" | "lifted" | "ended";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listHardshipMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            branchName: string | null;
                            cause: string;
                            /**
                             * 日期
                             * Format: date
                             */
                            lastCareOn: string | null;
                            memberId: number;
                            memberName: string;
                            /** @description 已到复核日期 */
                            reviewDue: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            reviewOn: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    flagHardshipMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 困难原因 */
                    cause: string;
                    /**
                     * 日期
                     * Format: date
                     */
                    reviewOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            branchName: string | null;
                            cause: string;
                            /**
                             * 日期
                             * Format: date
                             */
                            lastCareOn: string | null;
                            memberId: number;
                            memberName: string;
                            /** @description 已到复核日期 */
                            reviewDue: boolean;
                            /**
                             * 日期
                             * Format: date
                             */
                            reviewOn: string;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    unflagHardshipMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCareKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** 启用 */
                            active: boolean;
                            /** 类别编号 */
                            code: string;
                            /**
                             * 归类
                             * @enum {string}
                             */
                            group: "five_visits" | "festival" | "hardship" | "education" | "other";
                            /** 类别名称 */
                            label: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCareKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 慰问类别 */
                    items: {
                        /** 启用 */
                        active: boolean;
                        /** 类别编号 */
                        code: string;
                        /**
                         * 归类
                         * @enum {string}
                         */
                        group: "five_visits" | "festival" | "hardship" | "education" | "other";
                        /** 类别名称 */
                        label: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** 启用 */
                            active: boolean;
                            /** 类别编号 */
                            code: string;
                            /**
                             * 归类
                             * @enum {string}
                             */
                            group: "five_visits" | "festival" | "hardship" | "education" | "other";
                            /** 类别名称 */
                            label: string;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCareRecords: {
        parameters: {
            query?: {
                memberId?: number;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: number;
                            /**
                             * 日期
                             * Format: date
                             */
                            careDate: string;
                            /** Format: date-time */
                            createdAt: string;
                            gifts: string;
                            /** @enum {string} */
                            group: "five_visits" | "festival" | "hardship" | "education" | "other";
                            helpCaseId: number | null;
                            id: number;
                            kind: string;
                            kindLabel: string;
                            memberId: number;
                            memberName: string;
                            note: string;
                            visitors: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    recordCare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 金额 */
                    amount: number;
                    /**
                     * 日期
                     * Format: date
                     */
                    careDate: string;
                    /** 慰问品 */
                    gifts: string;
                    /** 关联求助 */
                    helpCaseId?: number | null;
                    /** 类别编号 */
                    kind: string;
                    /** 会员 */
                    memberId?: number;
                    /** 备注 */
                    note: string;
                    /**
                     * 请求编号
                     * Format: uuid
                     */
                    requestId: string;
                    /** 慰问人 */
                    visitors: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        /**
                         * 日期
                         * Format: date
                         */
                        careDate: string;
                        /** Format: date-time */
                        createdAt: string;
                        gifts: string;
                        /** @enum {string} */
                        group: "five_visits" | "festival" | "hardship" | "education" | "other";
                        helpCaseId: number | null;
                        id: number;
                        kind: string;
                        kindLabel: string;
                        memberId: number;
                        memberName: string;
                        note: string;
                        visitors: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        /**
                         * 日期
                         * Format: date
                         */
                        careDate: string;
                        /** Format: date-time */
                        createdAt: string;
                        gifts: string;
                        /** @enum {string} */
                        group: "five_visits" | "festival" | "hardship" | "education" | "other";
                        helpCaseId: number | null;
                        id: number;
                        kind: string;
                        kindLabel: string;
                        memberId: number;
                        memberName: string;
                        note: string;
                        visitors: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCareSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: string;
                            helpCaseId: number;
                            memberId: number;
                            memberName: string;
                            /** Format: date-time */
                            resolvedAt: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCareSummary: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byGroup: {
                            amount: number;
                            count: number;
                            /** @enum {string} */
                            group: "five_visits" | "festival" | "hardship" | "education" | "other";
                            label: string;
                        }[];
                        /** @description 学校工会：按本会的类别 */
                        byKind: {
                            amount: number;
                            count: number;
                            kind: string;
                            label: string;
                        }[];
                        /** @description 上级工会：各校合计（只有次数和金额，没有姓名） */
                        schools: {
                            amount: number;
                            count: number;
                            parentName: string;
                            unionId: number;
                            unionName: string;
                        }[];
                        totals: {
                            amount: number;
                            count: number;
                        };
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClubs: {
        parameters: {
            query?: {
                /** @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他 */
                category?: "sports" | "arts" | "culture" | "other";
                mine?: boolean;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            archived: boolean;
                            /**
                             * 类别
                             * @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他
                             * @enum {string}
                             */
                            category: "sports" | "arts" | "culture" | "other";
                            coverUrl: string | null;
                            id: number;
                            intro: string;
                            /**
                             * 加入方式
                             * @description open 直接加入，approval 需负责人审核，closed 暂停招新
                             * @enum {string}
                             */
                            joinPolicy: "open" | "approval" | "closed";
                            memberCap: number | null;
                            memberCount: number;
                            /** @enum {string|null} */
                            myRole: "leader" | "member" | "pending" | null;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClub: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 类别
                     * @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他
                     * @enum {string}
                     */
                    category: "sports" | "arts" | "culture" | "other";
                    /** 封面图片 */
                    coverUrl?: string | null;
                    /** 社团简介 */
                    intro: string;
                    /**
                     * 加入方式
                     * @description open 直接加入，approval 需负责人审核，closed 暂停招新
                     * @enum {string}
                     */
                    joinPolicy: "open" | "approval" | "closed";
                    /** 负责人 */
                    leaderIds: number[];
                    /** 人数上限 */
                    memberCap?: number | null;
                    /** 成员名单对成员可见 */
                    membersVisible?: boolean;
                    /** 社团名称 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        announcements: {
                            authorName: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            images: string[];
                        }[];
                        archived: boolean;
                        /**
                         * 类别
                         * @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他
                         * @enum {string}
                         */
                        category: "sports" | "arts" | "culture" | "other";
                        coverUrl: string | null;
                        id: number;
                        intro: string;
                        /**
                         * 加入方式
                         * @description open 直接加入，approval 需负责人审核，closed 暂停招新
                         * @enum {string}
                         */
                        joinPolicy: "open" | "approval" | "closed";
                        leaders: {
                            id: number;
                            name: string;
                        }[];
                        memberCap: number | null;
                        memberCount: number;
                        membersVisible: boolean;
                        myApplication: {
                            id: number;
                            reply: string;
                            status: string;
                        } | null;
                        /** @enum {string|null} */
                        myRole: "leader" | "member" | "pending" | null;
                        name: string;
                        upcomingEvents: {
                            /** @enum {string} */
                            audience: "members" | "union";
                            capacity: number;
                            clubId: number;
                            clubName: string;
                            confirmedCount: number;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            place: string;
                            roomId: number | null;
                            /** Format: date-time */
                            signupDeadline: string;
                            /** Format: date-time */
                            startsAt: string;
                            title: string;
                            waitlistCount: number;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        announcements: {
                            authorName: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            images: string[];
                        }[];
                        archived: boolean;
                        /**
                         * 类别
                         * @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他
                         * @enum {string}
                         */
                        category: "sports" | "arts" | "culture" | "other";
                        coverUrl: string | null;
                        id: number;
                        intro: string;
                        /**
                         * 加入方式
                         * @description open 直接加入，approval 需负责人审核，closed 暂停招新
                         * @enum {string}
                         */
                        joinPolicy: "open" | "approval" | "closed";
                        leaders: {
                            id: number;
                            name: string;
                        }[];
                        memberCap: number | null;
                        memberCount: number;
                        membersVisible: boolean;
                        myApplication: {
                            id: number;
                            reply: string;
                            status: string;
                        } | null;
                        /** @enum {string|null} */
                        myRole: "leader" | "member" | "pending" | null;
                        name: string;
                        upcomingEvents: {
                            /** @enum {string} */
                            audience: "members" | "union";
                            capacity: number;
                            clubId: number;
                            clubName: string;
                            confirmedCount: number;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            place: string;
                            roomId: number | null;
                            /** Format: date-time */
                            signupDeadline: string;
                            /** Format: date-time */
                            startsAt: string;
                            title: string;
                            waitlistCount: number;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 类别
                     * @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他
                     * @enum {string}
                     */
                    category?: "sports" | "arts" | "culture" | "other";
                    /** 封面图片 */
                    coverUrl?: string | null;
                    /** 社团简介 */
                    intro?: string;
                    /**
                     * 加入方式
                     * @description open 直接加入，approval 需负责人审核，closed 暂停招新
                     * @enum {string}
                     */
                    joinPolicy?: "open" | "approval" | "closed";
                    /** 人数上限 */
                    memberCap?: number | null;
                    /** 成员名单对成员可见 */
                    membersVisible?: boolean;
                    /** 社团名称 */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        announcements: {
                            authorName: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            images: string[];
                        }[];
                        archived: boolean;
                        /**
                         * 类别
                         * @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他
                         * @enum {string}
                         */
                        category: "sports" | "arts" | "culture" | "other";
                        coverUrl: string | null;
                        id: number;
                        intro: string;
                        /**
                         * 加入方式
                         * @description open 直接加入，approval 需负责人审核，closed 暂停招新
                         * @enum {string}
                         */
                        joinPolicy: "open" | "approval" | "closed";
                        leaders: {
                            id: number;
                            name: string;
                        }[];
                        memberCap: number | null;
                        memberCount: number;
                        membersVisible: boolean;
                        myApplication: {
                            id: number;
                            reply: string;
                            status: string;
                        } | null;
                        /** @enum {string|null} */
                        myRole: "leader" | "member" | "pending" | null;
                        name: string;
                        upcomingEvents: {
                            /** @enum {string} */
                            audience: "members" | "union";
                            capacity: number;
                            clubId: number;
                            clubName: string;
                            confirmedCount: number;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            place: string;
                            roomId: number | null;
                            /** Format: date-time */
                            signupDeadline: string;
                            /** Format: date-time */
                            startsAt: string;
                            title: string;
                            waitlistCount: number;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClubAnnouncement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 公告内容 */
                    body: string;
                    /** 图片 */
                    images?: string[];
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClubApplications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            memberId: number;
                            name: string;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archiveClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClubEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 报名范围
                     * @description members 仅社团成员，union 全校会员
                     * @enum {string}
                     */
                    audience: "members" | "union";
                    /** 名额 */
                    capacity: number;
                    /** 活动说明 */
                    description?: string;
                    /**
                     * 结束时间
                     * Format: date-time
                     */
                    endsAt: string;
                    /**
                     * 地点
                     * @description 选了活动室时可不填，默认为活动室名称与位置
                     */
                    place?: string;
                    /**
                     * 活动室
                     * @description 按预约规则同时预约这间活动室
                     */
                    roomId?: number;
                    /**
                     * 报名截止时间
                     * Format: date-time
                     */
                    signupDeadline: string;
                    /**
                     * 开始时间
                     * Format: date-time
                     */
                    startsAt: string;
                    /** 活动名称 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendedCount: number;
                        /** @enum {string} */
                        audience: "members" | "union";
                        cancelled: boolean;
                        capacity: number;
                        /** @description 签到码（仅负责人可见） */
                        checkInCode: string | null;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        clubId: number;
                        clubName: string;
                        confirmedCount: number;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        isLeader: boolean;
                        mySignUp: {
                            attended: boolean | null;
                            /** @enum {string} */
                            status: "confirmed" | "waitlisted";
                            waitlistPosition: number | null;
                        } | null;
                        place: string;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                            /** @description 活动室预约已被取消（如闭馆、工会干事取消） */
                            released: boolean;
                        } | null;
                        roomId: number | null;
                        /** Format: date-time */
                        signupDeadline: string;
                        /** Format: date-time */
                        startsAt: string;
                        title: string;
                        waitlistCount: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportClubWorkbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadClubImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "checking" | "pass";
                        url: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    joinClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 申请理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "member" | "pending";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    setClubLeaders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 负责人 */
                    leaderIds: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        announcements: {
                            authorName: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            images: string[];
                        }[];
                        archived: boolean;
                        /**
                         * 类别
                         * @description sports 体育健身，arts 文艺，culture 读书与文化，other 其他
                         * @enum {string}
                         */
                        category: "sports" | "arts" | "culture" | "other";
                        coverUrl: string | null;
                        id: number;
                        intro: string;
                        /**
                         * 加入方式
                         * @description open 直接加入，approval 需负责人审核，closed 暂停招新
                         * @enum {string}
                         */
                        joinPolicy: "open" | "approval" | "closed";
                        leaders: {
                            id: number;
                            name: string;
                        }[];
                        memberCap: number | null;
                        memberCount: number;
                        membersVisible: boolean;
                        myApplication: {
                            id: number;
                            reply: string;
                            status: string;
                        } | null;
                        /** @enum {string|null} */
                        myRole: "leader" | "member" | "pending" | null;
                        name: string;
                        upcomingEvents: {
                            /** @enum {string} */
                            audience: "members" | "union";
                            capacity: number;
                            clubId: number;
                            clubName: string;
                            confirmedCount: number;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            place: string;
                            roomId: number | null;
                            /** Format: date-time */
                            signupDeadline: string;
                            /** Format: date-time */
                            startsAt: string;
                            title: string;
                            waitlistCount: number;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    leaveClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClubMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** Format: date-time */
                            joinedAt: string;
                            name: string;
                            /** @enum {string} */
                            role: "leader" | "member";
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    restoreClub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    decideClubApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 是否同意 */
                    approve: boolean;
                    /** 回复 */
                    reply?: string;
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    checkInClubEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 签到码 */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alreadyCheckedIn: boolean;
                        /** Format: date-time */
                        checkedInAt: string;
                        event: {
                            /** @enum {string} */
                            audience: "members" | "union";
                            capacity: number;
                            clubId: number;
                            clubName: string;
                            confirmedCount: number;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            place: string;
                            roomId: number | null;
                            /** Format: date-time */
                            signupDeadline: string;
                            /** Format: date-time */
                            startsAt: string;
                            title: string;
                            waitlistCount: number;
                        };
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClubEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendedCount: number;
                        /** @enum {string} */
                        audience: "members" | "union";
                        cancelled: boolean;
                        capacity: number;
                        /** @description 签到码（仅负责人可见） */
                        checkInCode: string | null;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        clubId: number;
                        clubName: string;
                        confirmedCount: number;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        isLeader: boolean;
                        mySignUp: {
                            attended: boolean | null;
                            /** @enum {string} */
                            status: "confirmed" | "waitlisted";
                            waitlistPosition: number | null;
                        } | null;
                        place: string;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                            /** @description 活动室预约已被取消（如闭馆、工会干事取消） */
                            released: boolean;
                        } | null;
                        roomId: number | null;
                        /** Format: date-time */
                        signupDeadline: string;
                        /** Format: date-time */
                        startsAt: string;
                        title: string;
                        waitlistCount: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    markClubEventAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 签到名单 */
                    items: {
                        /** 是否到场 */
                        attended: boolean;
                        /** 会员 */
                        memberId: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelClubEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 取消原因 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendedCount: number;
                        /** @enum {string} */
                        audience: "members" | "union";
                        cancelled: boolean;
                        capacity: number;
                        /** @description 签到码（仅负责人可见） */
                        checkInCode: string | null;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        clubId: number;
                        clubName: string;
                        confirmedCount: number;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        isLeader: boolean;
                        mySignUp: {
                            attended: boolean | null;
                            /** @enum {string} */
                            status: "confirmed" | "waitlisted";
                            waitlistPosition: number | null;
                        } | null;
                        place: string;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                            /** @description 活动室预约已被取消（如闭馆、工会干事取消） */
                            released: boolean;
                        } | null;
                        roomId: number | null;
                        /** Format: date-time */
                        signupDeadline: string;
                        /** Format: date-time */
                        startsAt: string;
                        title: string;
                        waitlistCount: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClubEventQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 签到码图片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 微信接口暂不可用 */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClubEventSignUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attended: boolean | null;
                            /** Format: date-time */
                            checkedInAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            memberId: number;
                            name: string;
                            /** @enum {string} */
                            status: "confirmed" | "waitlisted";
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    signUpClubEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendedCount: number;
                        /** @enum {string} */
                        audience: "members" | "union";
                        cancelled: boolean;
                        capacity: number;
                        /** @description 签到码（仅负责人可见） */
                        checkInCode: string | null;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        clubId: number;
                        clubName: string;
                        confirmedCount: number;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        isLeader: boolean;
                        mySignUp: {
                            attended: boolean | null;
                            /** @enum {string} */
                            status: "confirmed" | "waitlisted";
                            waitlistPosition: number | null;
                        } | null;
                        place: string;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                            /** @description 活动室预约已被取消（如闭馆、工会干事取消） */
                            released: boolean;
                        } | null;
                        roomId: number | null;
                        /** Format: date-time */
                        signupDeadline: string;
                        /** Format: date-time */
                        startsAt: string;
                        title: string;
                        waitlistCount: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelClubEventSignUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attendedCount: number;
                        /** @enum {string} */
                        audience: "members" | "union";
                        cancelled: boolean;
                        capacity: number;
                        /** @description 签到码（仅负责人可见） */
                        checkInCode: string | null;
                        /** Format: date-time */
                        checkInOpensAt: string;
                        clubId: number;
                        clubName: string;
                        confirmedCount: number;
                        description: string;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        isLeader: boolean;
                        mySignUp: {
                            attended: boolean | null;
                            /** @enum {string} */
                            status: "confirmed" | "waitlisted";
                            waitlistPosition: number | null;
                        } | null;
                        place: string;
                        room: {
                            id: number;
                            location: string;
                            name: string;
                            /** @description 活动室预约已被取消（如闭馆、工会干事取消） */
                            released: boolean;
                        } | null;
                        roomId: number | null;
                        /** Format: date-time */
                        signupDeadline: string;
                        /** Format: date-time */
                        startsAt: string;
                        title: string;
                        waitlistCount: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClubImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 图片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchClubPeople: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            staffNo: string;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClubEventRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            capacity: number;
                            id: number;
                            location: string;
                            /** @enum {string} */
                            mode: "whole" | "seats";
                            name: string;
                            openingHours: {
                                closes: string;
                                opens: string;
                                weekday: number;
                            }[];
                            requiresApproval: boolean;
                            slotMinutes: number;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyClubWechatPush: {
        parameters: {
            query?: {
                echostr?: string;
                nonce?: string;
                signature?: string;
                timestamp?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    receiveClubWechatPush: {
        parameters: {
            query?: {
                echostr?: string;
                nonce?: string;
                signature?: string;
                timestamp?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCongressDelegates: {
        parameters: {
            query: {
                term: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            committee: boolean;
                            memberId: number;
                            name: string;
                            staffNo: string;
                        }[];
                        term: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    setCongressDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 身份
                     * @description delegate 代表，committee 代表兼提案工作委员会委员，none 取消代表身份
                     * @enum {string}
                     */
                    role: "delegate" | "committee" | "none";
                    /** 工号 */
                    staffNo: string;
                    /** 届次 */
                    term: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            committee: boolean;
                            memberId: number;
                            name: string;
                            staffNo: string;
                        }[];
                        term: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCongressDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            id: number;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCongressDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 部门名称 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: number;
                        name: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCongressDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 启用 */
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        id: number;
                        name: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMotions: {
        parameters: {
            query: {
                overdue?: boolean;
                sessionId: number;
                /** @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结 */
                status?: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            authorName: string;
                            /**
                             * 提案类别
                             * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                             * @enum {string}
                             */
                            category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                            departmentName: string | null;
                            /** @description 答复期限 */
                            dueOn: string | null;
                            id: number;
                            /** @description 我是提案人 */
                            mine: boolean;
                            /** @description 提交时编号 */
                            number: number | null;
                            /** @description 已过答复期限仍未答复 */
                            overdue: boolean;
                            secondedByMe: boolean;
                            seconderCount: number;
                            sessionId: number;
                            /**
                             * 状态
                             * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                             * @enum {string}
                             */
                            status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        session: {
                            /** @description 征集截止日期（含当天） */
                            closesOn: string;
                            /** @description 今天在征集期内 */
                            collecting: boolean;
                            /** @description 我是提案工作委员会委员 */
                            committee: boolean;
                            /** @description 我是本届代表 */
                            delegate: boolean;
                            id: number;
                            /** @description 我是工会干事或主席 */
                            manage: boolean;
                            /** @description 已提交的提案数 */
                            motionCount: number;
                            /** @description 征集开始日期 */
                            opensOn: string;
                            /** @description 提案已向全体会员公开 */
                            published: boolean;
                            /** @description 立案后的答复期限（天） */
                            replyDays: number;
                            /** @description 提交前需要的附议人数 */
                            secondersRequired: number;
                            /** @description 届次，如 第五届 */
                            term: string;
                            title: string;
                        };
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createMotion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 提案类别
                     * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                     * @enum {string}
                     */
                    category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                    /**
                     * 提交编号
                     * Format: uuid
                     */
                    clientKey: string;
                    /** 建议 */
                    proposal: string;
                    /** 案由 */
                    reason: string;
                    /** 会议 */
                    sessionId: number;
                    /** 提案标题 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 提案类别
                     * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                     * @enum {string}
                     */
                    category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                    /** 建议 */
                    proposal: string;
                    /** 案由 */
                    reason: string;
                    /** 提案标题 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rateMotionReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 评价说明 */
                    comment?: string;
                    /**
                     * 评价
                     * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                     * @enum {string}
                     */
                    rating: "satisfied" | "basically_satisfied" | "dissatisfied";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    replyToMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 答复内容 */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    reviewMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 审查意见
                     * @description accept 立案，reject 不立案，merge 并案
                     * @enum {string}
                     */
                    decision: "accept" | "reject" | "merge";
                    /** 承办部门 */
                    departmentId?: number;
                    /**
                     * 答复期限
                     * Format: date
                     * @description YYYY-MM-DD（北京时间）
                     */
                    dueOn?: string;
                    /**
                     * 不立案的处理
                     * @description suggestion 转为意见建议办理，answered 直接答复
                     * @enum {string}
                     */
                    handling?: "suggestion" | "answered";
                    /** 并入的提案 */
                    intoId?: number;
                    /** 不立案理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    secondMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitMotion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCongressSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 征集截止日期（含当天） */
                            closesOn: string;
                            /** @description 今天在征集期内 */
                            collecting: boolean;
                            /** @description 我是提案工作委员会委员 */
                            committee: boolean;
                            /** @description 我是本届代表 */
                            delegate: boolean;
                            id: number;
                            /** @description 我是工会干事或主席 */
                            manage: boolean;
                            /** @description 已提交的提案数 */
                            motionCount: number;
                            /** @description 征集开始日期 */
                            opensOn: string;
                            /** @description 提案已向全体会员公开 */
                            published: boolean;
                            /** @description 立案后的答复期限（天） */
                            replyDays: number;
                            /** @description 提交前需要的附议人数 */
                            secondersRequired: number;
                            /** @description 届次，如 第五届 */
                            term: string;
                            title: string;
                        }[];
                        /** @description 我是工会干事或主席：可开设会议、标记代表、维护承办部门 */
                        manage: boolean;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCongressSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 征集截止日期
                     * Format: date
                     * @description YYYY-MM-DD（北京时间）
                     */
                    closesOn: string;
                    /**
                     * 征集开始日期
                     * Format: date
                     * @description YYYY-MM-DD（北京时间）
                     */
                    opensOn: string;
                    /** 答复期限天数 */
                    replyDays?: number;
                    /** 届次 */
                    term: string;
                    /** 会议名称 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 征集截止日期（含当天） */
                        closesOn: string;
                        /** @description 今天在征集期内 */
                        collecting: boolean;
                        /** @description 我是提案工作委员会委员 */
                        committee: boolean;
                        /** @description 我是本届代表 */
                        delegate: boolean;
                        id: number;
                        /** @description 我是工会干事或主席 */
                        manage: boolean;
                        /** @description 已提交的提案数 */
                        motionCount: number;
                        /** @description 征集开始日期 */
                        opensOn: string;
                        /** @description 提案已向全体会员公开 */
                        published: boolean;
                        /** @description 立案后的答复期限（天） */
                        replyDays: number;
                        /** @description 提交前需要的附议人数 */
                        secondersRequired: number;
                        /** @description 届次，如 第五届 */
                        term: string;
                        title: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 征集截止日期（含当天） */
                        closesOn: string;
                        /** @description 今天在征集期内 */
                        collecting: boolean;
                        /** @description 我是提案工作委员会委员 */
                        committee: boolean;
                        /** @description 我是本届代表 */
                        delegate: boolean;
                        id: number;
                        /** @description 我是工会干事或主席 */
                        manage: boolean;
                        /** @description 已提交的提案数 */
                        motionCount: number;
                        /** @description 征集开始日期 */
                        opensOn: string;
                        /** @description 提案已向全体会员公开 */
                        published: boolean;
                        /** @description 立案后的答复期限（天） */
                        replyDays: number;
                        /** @description 提交前需要的附议人数 */
                        secondersRequired: number;
                        /** @description 届次，如 第五届 */
                        term: string;
                        title: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    publishCongressSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 征集截止日期（含当天） */
                        closesOn: string;
                        /** @description 今天在征集期内 */
                        collecting: boolean;
                        /** @description 我是提案工作委员会委员 */
                        committee: boolean;
                        /** @description 我是本届代表 */
                        delegate: boolean;
                        id: number;
                        /** @description 我是工会干事或主席 */
                        manage: boolean;
                        /** @description 已提交的提案数 */
                        motionCount: number;
                        /** @description 征集开始日期 */
                        opensOn: string;
                        /** @description 提案已向全体会员公开 */
                        published: boolean;
                        /** @description 立案后的答复期限（天） */
                        replyDays: number;
                        /** @description 提交前需要的附议人数 */
                        secondersRequired: number;
                        /** @description 届次，如 第五届 */
                        term: string;
                        title: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportMotions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            authorName: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            mine: boolean;
                            /** @description 采纳后形成的提案 */
                            motionId: number | null;
                            sessionId: number;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCongressSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * 附议人数
                         * @description 每件提案提交前需要的附议代表人数
                         */
                        secondersRequired: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCongressSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 附议人数
                     * @description 每件提案提交前需要的附议代表人数
                     */
                    secondersRequired: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * 附议人数
                         * @description 每件提案提交前需要的附议代表人数
                         */
                        secondersRequired: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 建议内容 */
                    body: string;
                    /**
                     * 提交编号
                     * Format: uuid
                     */
                    clientKey: string;
                    /** 会议 */
                    sessionId: number;
                    /** 建议标题 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        body: string;
                        /** Format: date-time */
                        createdAt: string;
                        id: number;
                        mine: boolean;
                        /** @description 采纳后形成的提案 */
                        motionId: number | null;
                        sessionId: number;
                        title: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    adoptSuggestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 提案类别
                     * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                     * @enum {string}
                     */
                    category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                    /**
                     * 提交编号
                     * Format: uuid
                     */
                    clientKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorName: string;
                        can: {
                            edit: boolean;
                            rate: boolean;
                            reply: boolean;
                            review: boolean;
                            second: boolean;
                            submit: boolean;
                        };
                        /**
                         * 提案类别
                         * @description teaching 教学管理，welfare 福利待遇，campus 校园建设，democracy 民主管理，other 其他
                         * @enum {string}
                         */
                        category: "teaching" | "welfare" | "campus" | "democracy" | "other";
                        departmentName: string | null;
                        /** @description 答复期限 */
                        dueOn: string | null;
                        id: number;
                        mergedIntoNumber: number | null;
                        /** @description 我是提案人 */
                        mine: boolean;
                        /** @description 提交时编号 */
                        number: number | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        proposal: string;
                        reason: string;
                        /**
                         * 不立案的处理
                         * @description suggestion 转为意见建议办理，answered 直接答复
                         * @enum {string|null}
                         */
                        rejectHandling: "suggestion" | "answered" | null;
                        rejectReason: string | null;
                        replies: {
                            body: string;
                            /** @description 在答复期限内 */
                            onTime: boolean;
                            /** Format: date-time */
                            ratedAt: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            /** Format: date-time */
                            repliedAt: string;
                            /** @description 第几次答复（1 或 2） */
                            round: number;
                        }[];
                        /** Format: date-time */
                        reviewedAt: string | null;
                        /** @description 第几轮答复 */
                        round: number;
                        secondedByMe: boolean;
                        seconderCount: number;
                        seconders: string[];
                        secondersRequired: number;
                        sessionId: number;
                        /**
                         * 状态
                         * @description draft 草稿（征集附议），submitted 待审查，accepted 已立案待答复，rejected 不立案，merged 已并案，replied 已答复待评价，rated 已办结
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "accepted" | "rejected" | "merged" | "replied" | "rated";
                        /** Format: date-time */
                        submittedAt: string | null;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellingOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        access: {
                            /** @description 工会干事、主席：管理咨询师和设置 */
                            canManage: boolean;
                            /** @description 工会干事、主席：每月次数统计 */
                            canSeeStats: boolean;
                            /** @description 当前会员的咨询师档案（是咨询师时） */
                            counsellorId: number | null;
                        };
                        consent: {
                            agreed: {
                                /** Format: date-time */
                                agreedAt: string;
                                version: string;
                            } | null;
                            needsRenewal: boolean;
                            /** @description 当前同意书版本 */
                            version: string;
                        };
                        hotlines: {
                            /** 热线名称 */
                            label: string;
                            /** 热线号码 */
                            number: string;
                        }[];
                        policy: {
                            cancelCutoffHours: number;
                            maxUpcoming: number;
                            minNoticeHours: number;
                            retentionYears: number;
                            windowDays: number;
                        };
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyCounselling: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                scope?: "upcoming" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            alias: string | null;
                            arrangement: string | null;
                            canCancel: boolean;
                            /** Format: date-time */
                            cancelDeadline: string | null;
                            cancelledBy: string | null;
                            canRate: boolean;
                            /**
                             * 联系方式
                             * @description message 只通过小程序消息，phone 可以打电话
                             * @enum {string}
                             */
                            contact: "message" | "phone";
                            counsellor: {
                                displayName: string;
                                id: number;
                                room: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            declineReason: string | null;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            /**
                             * 咨询方式
                             * @description in_person 面谈，phone 电话，online 线上
                             * @enum {string}
                             */
                            mode: "in_person" | "phone" | "online";
                            note: string | null;
                            rating: number | null;
                            /** Format: date-time */
                            requestedStartsAt: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /**
                             * 状态
                             * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                             * @enum {string}
                             */
                            status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCounsellingRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 化名 */
                    alias?: string;
                    /**
                     * 联系方式
                     * @description message 只通过小程序消息，phone 可以打电话
                     * @enum {string}
                     */
                    contact: "message" | "phone";
                    /** 咨询师 */
                    counsellorId?: number | null;
                    /**
                     * 咨询方式
                     * @description in_person 面谈，phone 电话，online 线上
                     * @enum {string}
                     */
                    mode: "in_person" | "phone" | "online";
                    /** 想说的话 */
                    note?: string;
                    /**
                     * 预约时段
                     * Format: date-time
                     */
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alias: string | null;
                        arrangement: string | null;
                        canCancel: boolean;
                        /** Format: date-time */
                        cancelDeadline: string | null;
                        cancelledBy: string | null;
                        canRate: boolean;
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        counsellor: {
                            displayName: string;
                            id: number;
                            room: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMyCounselling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alias: string | null;
                        arrangement: string | null;
                        canCancel: boolean;
                        /** Format: date-time */
                        cancelDeadline: string | null;
                        cancelledBy: string | null;
                        canRate: boolean;
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        counsellor: {
                            displayName: string;
                            id: number;
                            room: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    acceptCounsellingProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alias: string | null;
                        arrangement: string | null;
                        canCancel: boolean;
                        /** Format: date-time */
                        cancelDeadline: string | null;
                        cancelledBy: string | null;
                        canRate: boolean;
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        counsellor: {
                            displayName: string;
                            id: number;
                            room: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelCounselling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alias: string | null;
                        arrangement: string | null;
                        canCancel: boolean;
                        /** Format: date-time */
                        cancelDeadline: string | null;
                        cancelledBy: string | null;
                        canRate: boolean;
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        counsellor: {
                            displayName: string;
                            id: number;
                            room: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    declineCounsellingProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alias: string | null;
                        arrangement: string | null;
                        canCancel: boolean;
                        /** Format: date-time */
                        cancelDeadline: string | null;
                        cancelledBy: string | null;
                        canRate: boolean;
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        counsellor: {
                            displayName: string;
                            id: number;
                            room: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rateCounselling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 评分 */
                    score: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alias: string | null;
                        arrangement: string | null;
                        canCancel: boolean;
                        /** Format: date-time */
                        cancelDeadline: string | null;
                        cancelledBy: string | null;
                        canRate: boolean;
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        counsellor: {
                            displayName: string;
                            id: number;
                            room: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        rating: number | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    giveCounsellingConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 同意书版本 */
                    version: string;
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    withdrawCounsellingConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 去除身份信息后只保留次数的记录 */
                        anonymised: number;
                        /** @description 因撤回而取消的未开始预约 */
                        cancelled: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCounsellors: {
        parameters: {
            query?: {
                /** @description in_person 面谈，phone 电话，online 线上 */
                mode?: "in_person" | "phone" | "online";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            id: number;
                            introduction: string;
                            modes: ("in_person" | "phone" | "online")[];
                            /** Format: date-time */
                            nextSlotAt: string | null;
                            qualifications: string;
                            room: string;
                            slotMinutes: number;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        id: number;
                        introduction: string;
                        modes: ("in_person" | "phone" | "online")[];
                        /** Format: date-time */
                        nextSlotAt: string | null;
                        qualifications: string;
                        room: string;
                        slotMinutes: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellorAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 任一咨询师时为空 */
                        counsellorId: number | null;
                        days: {
                            date: string;
                            slots: {
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellorDesk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        counsellor: {
                            displayName: string;
                            id: number;
                            introduction: string;
                            modes: ("in_person" | "phone" | "online")[];
                            /** Format: date-time */
                            nextSlotAt: string | null;
                            qualifications: string;
                            room: string;
                            slotMinutes: number;
                        };
                        pending: number;
                        rating: {
                            /** @description 至少 3 条评价后显示 */
                            average: number | null;
                            count: number;
                        };
                        upcoming: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCounsellorAppointments: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                scope?: "pending" | "upcoming" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            anonymised: boolean;
                            arrangement: string | null;
                            cancelledBy: string | null;
                            client: {
                                isAlias: boolean;
                                /** @description 化名（会员填写时）或姓名；已匿名的记录为“已匿名” */
                                name: string;
                                /** @description 仅当会员同意电话联系时 */
                                phone: string | null;
                            };
                            /**
                             * 联系方式
                             * @description message 只通过小程序消息，phone 可以打电话
                             * @enum {string}
                             */
                            contact: "message" | "phone";
                            /** Format: date-time */
                            createdAt: string;
                            declineReason: string | null;
                            /** Format: date-time */
                            endsAt: string;
                            hasNote: boolean;
                            id: number;
                            /**
                             * 咨询方式
                             * @description in_person 面谈，phone 电话，online 线上
                             * @enum {string}
                             */
                            mode: "in_person" | "phone" | "online";
                            note: string | null;
                            /** Format: date-time */
                            requestedStartsAt: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /**
                             * 状态
                             * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                             * @enum {string}
                             */
                            status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellorAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymised: boolean;
                        arrangement: string | null;
                        cancelledBy: string | null;
                        client: {
                            isAlias: boolean;
                            /** @description 化名（会员填写时）或姓名；已匿名的记录为“已匿名” */
                            name: string;
                            /** @description 仅当会员同意电话联系时 */
                            phone: string | null;
                        };
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        hasNote: boolean;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    completeCounselling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymised: boolean;
                        arrangement: string | null;
                        cancelledBy: string | null;
                        client: {
                            isAlias: boolean;
                            /** @description 化名（会员填写时）或姓名；已匿名的记录为“已匿名” */
                            name: string;
                            /** @description 仅当会员同意电话联系时 */
                            phone: string | null;
                        };
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        hasNote: boolean;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    confirmCounselling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 见面安排 */
                    arrangement?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymised: boolean;
                        arrangement: string | null;
                        cancelledBy: string | null;
                        client: {
                            isAlias: boolean;
                            /** @description 化名（会员填写时）或姓名；已匿名的记录为“已匿名” */
                            name: string;
                            /** @description 仅当会员同意电话联系时 */
                            phone: string | null;
                        };
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        hasNote: boolean;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    declineCounselling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 婉拒原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymised: boolean;
                        arrangement: string | null;
                        cancelledBy: string | null;
                        client: {
                            isAlias: boolean;
                            /** @description 化名（会员填写时）或姓名；已匿名的记录为“已匿名” */
                            name: string;
                            /** @description 仅当会员同意电话联系时 */
                            phone: string | null;
                        };
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        hasNote: boolean;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    markCounsellingNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymised: boolean;
                        arrangement: string | null;
                        cancelledBy: string | null;
                        client: {
                            isAlias: boolean;
                            /** @description 化名（会员填写时）或姓名；已匿名的记录为“已匿名” */
                            name: string;
                            /** @description 仅当会员同意电话联系时 */
                            phone: string | null;
                        };
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        hasNote: boolean;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellingNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        text: string | null;
                        /** Format: date-time */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    saveCounsellingNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 咨询笔记 */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        text: string | null;
                        /** Format: date-time */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    proposeCounsellingTime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 建议的时间
                     * Format: date-time
                     */
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymised: boolean;
                        arrangement: string | null;
                        cancelledBy: string | null;
                        client: {
                            isAlias: boolean;
                            /** @description 化名（会员填写时）或姓名；已匿名的记录为“已匿名” */
                            name: string;
                            /** @description 仅当会员同意电话联系时 */
                            phone: string | null;
                        };
                        /**
                         * 联系方式
                         * @description message 只通过小程序消息，phone 可以打电话
                         * @enum {string}
                         */
                        contact: "message" | "phone";
                        /** Format: date-time */
                        createdAt: string;
                        declineReason: string | null;
                        /** Format: date-time */
                        endsAt: string;
                        hasNote: boolean;
                        id: number;
                        /**
                         * 咨询方式
                         * @description in_person 面谈，phone 电话，online 线上
                         * @enum {string}
                         */
                        mode: "in_person" | "phone" | "online";
                        note: string | null;
                        /** Format: date-time */
                        requestedStartsAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        /**
                         * 状态
                         * @description requested 待确认，proposed 咨询师建议改期，confirmed 已确认，declined 未能安排，cancelled 已取消，expired 已失效，completed 已完成，no_show 未到场
                         * @enum {string}
                         */
                        status: "requested" | "proposed" | "confirmed" | "declined" | "cancelled" | "expired" | "completed" | "no_show";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addCounsellorLeave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 结束日期
                     * Format: date
                     */
                    endsOn: string;
                    /** 事由 */
                    reason?: string;
                    /**
                     * 开始日期
                     * Format: date
                     */
                    startsOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 这段时间里仍待处理或已确认的预约，需要逐一改期或婉拒 */
                        affected: number;
                        leave: {
                            endsOn: string;
                            id: number;
                            reason: string;
                            startsOn: string;
                        };
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeCounsellorLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellorSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bufferMinutes: number;
                        hours: {
                            ends: string;
                            starts: string;
                            weekday: number;
                        }[];
                        leave: {
                            endsOn: string;
                            id: number;
                            reason: string;
                            startsOn: string;
                        }[];
                        slotMinutes: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCounsellorSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 间隔（分钟） */
                    bufferMinutes: number;
                    /** 每周时间 */
                    hours: {
                        /**
                         * 时间
                         * @description 当地时间 HH:MM，分钟为 5 的倍数
                         */
                        ends: string;
                        /**
                         * 时间
                         * @description 当地时间 HH:MM，分钟为 5 的倍数
                         */
                        starts: string;
                        /** 星期 */
                        weekday: number;
                    }[];
                    /** 每次时长（分钟） */
                    slotMinutes: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bufferMinutes: number;
                        hours: {
                            ends: string;
                            starts: string;
                            weekday: number;
                        }[];
                        leave: {
                            endsOn: string;
                            id: number;
                            reason: string;
                            startsOn: string;
                        }[];
                        slotMinutes: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listManagedCounsellors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            bufferMinutes: number;
                            displayName: string;
                            id: number;
                            introduction: string;
                            memberName: string;
                            modes: ("in_person" | "phone" | "online")[];
                            /** Format: date-time */
                            nextSlotAt: string | null;
                            qualifications: string;
                            room: string;
                            slotMinutes: number;
                            staffNo: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCounsellor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 间隔（分钟） */
                    bufferMinutes?: number;
                    /** 显示名称 */
                    displayName: string;
                    /** 简介 */
                    introduction?: string;
                    /** 咨询方式 */
                    modes: ("in_person" | "phone" | "online")[];
                    /** 资质 */
                    qualifications?: string;
                    /** 咨询室 */
                    room?: string;
                    /** 每次时长（分钟） */
                    slotMinutes?: number;
                    /** 工号 */
                    staffNo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        bufferMinutes: number;
                        displayName: string;
                        id: number;
                        introduction: string;
                        memberName: string;
                        modes: ("in_person" | "phone" | "online")[];
                        /** Format: date-time */
                        nextSlotAt: string | null;
                        qualifications: string;
                        room: string;
                        slotMinutes: number;
                        staffNo: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCounsellor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 在岗 */
                    active?: boolean;
                    /** 间隔（分钟） */
                    bufferMinutes?: number;
                    /** 显示名称 */
                    displayName?: string;
                    /** 简介 */
                    introduction?: string;
                    /** 咨询方式 */
                    modes?: ("in_person" | "phone" | "online")[];
                    /** 资质 */
                    qualifications?: string;
                    /** 咨询室 */
                    room?: string;
                    /** 每次时长（分钟） */
                    slotMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        bufferMinutes: number;
                        displayName: string;
                        id: number;
                        introduction: string;
                        memberName: string;
                        modes: ("in_person" | "phone" | "online")[];
                        /** Format: date-time */
                        nextSlotAt: string | null;
                        qualifications: string;
                        room: string;
                        slotMinutes: number;
                        staffNo: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCounsellingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 取消截止（开始前小时数） */
                    cancelCutoffHours: number;
                    /** 热线 */
                    hotlines: {
                        /** 热线名称 */
                        label: string;
                        /** 热线号码 */
                        number: string;
                    }[];
                    /** 最少提前小时数 */
                    minNoticeHours: number;
                    /** 可预约天数 */
                    windowDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** 取消截止（开始前小时数） */
                        cancelCutoffHours: number;
                        /** 热线 */
                        hotlines: {
                            /** 热线名称 */
                            label: string;
                            /** 热线号码 */
                            number: string;
                        }[];
                        /** 最少提前小时数 */
                        minNoticeHours: number;
                        /** 可预约天数 */
                        windowDays: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAnyCounsellorSlots: {
        parameters: {
            query?: {
                /** @description in_person 面谈，phone 电话，online 线上 */
                mode?: "in_person" | "phone" | "online";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 任一咨询师时为空 */
                        counsellorId: number | null;
                        days: {
                            date: string;
                            slots: {
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCounsellingStats: {
        parameters: {
            query?: {
                months?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        months: {
                            byMode: {
                                in_person: number;
                                online: number;
                                phone: number;
                            };
                            /** @description 当月完成的咨询 */
                            completed: number;
                            /** @description YYYY-MM */
                            month: string;
                            /** @description 当月提交的预约申请 */
                            requests: number;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listDisclosures: {
        parameters: {
            query?: {
                after?: string;
                /** @description plan 发展规划，finance 财务预决算，allowance 岗位津贴，appointment 聘任，award 评优与奖惩，title 职称评聘，hardship 困难补助发放，housing 住房，insurance 养老与医疗保险，procurement 大宗采购，construction 基建，other 其他 */
                category?: "plan" | "finance" | "allowance" | "appointment" | "award" | "title" | "hardship" | "housing" | "insurance" | "procurement" | "construction" | "other";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attachmentCount: number;
                            /**
                             * 公开类别
                             * @description plan 发展规划，finance 财务预决算，allowance 岗位津贴，appointment 聘任，award 评优与奖惩，title 职称评聘，hardship 困难补助发放，housing 住房，insurance 养老与医疗保险，procurement 大宗采购，construction 基建，other 其他
                             * @enum {string}
                             */
                            category: "plan" | "finance" | "allowance" | "appointment" | "award" | "title" | "hardship" | "housing" | "insurance" | "procurement" | "construction" | "other";
                            id: number;
                            /** @description 异议数，只给工会干事和主席 */
                            objectionCount: number | null;
                            /** @description 公示期最后一天（北京时间） */
                            objectionEndsOn: string | null;
                            /** @description 今天在公示期内，可以提出异议 */
                            objectionOpen: boolean;
                            /** Format: date-time */
                            publishedAt: string;
                            title: string;
                        }[];
                        manage: boolean;
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    publishDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 公开内容 */
                    body: string;
                    /**
                     * 公开类别
                     * @description plan 发展规划，finance 财务预决算，allowance 岗位津贴，appointment 聘任，award 评优与奖惩，title 职称评聘，hardship 困难补助发放，housing 住房，insurance 养老与医疗保险，procurement 大宗采购，construction 基建，other 其他
                     * @enum {string}
                     */
                    category: "plan" | "finance" | "allowance" | "appointment" | "award" | "title" | "hardship" | "housing" | "insurance" | "procurement" | "construction" | "other";
                    /**
                     * 提交编号
                     * Format: uuid
                     */
                    clientKey: string;
                    /**
                     * 公示期截止日期
                     * Format: date
                     */
                    objectionEndsOn?: string;
                    /** 标题 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachmentCount: number;
                        attachments: {
                            contentType: string;
                            fileName: string;
                            id: number;
                            sizeBytes: number;
                            url: string;
                        }[];
                        body: string;
                        /**
                         * 公开类别
                         * @description plan 发展规划，finance 财务预决算，allowance 岗位津贴，appointment 聘任，award 评优与奖惩，title 职称评聘，hardship 困难补助发放，housing 住房，insurance 养老与医疗保险，procurement 大宗采购，construction 基建，other 其他
                         * @enum {string}
                         */
                        category: "plan" | "finance" | "allowance" | "appointment" | "award" | "title" | "hardship" | "housing" | "insurance" | "procurement" | "construction" | "other";
                        id: number;
                        /** @description 异议数，只给工会干事和主席 */
                        objectionCount: number | null;
                        /** @description 公示期最后一天（北京时间） */
                        objectionEndsOn: string | null;
                        /** @description 今天在公示期内，可以提出异议 */
                        objectionOpen: boolean;
                        /** @description 会员只看到自己的异议；工会干事和主席看到全部 */
                        objections: {
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description 只给工会干事和主席 */
                            memberName: string | null;
                        }[];
                        /** Format: date-time */
                        publishedAt: string;
                        title: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachmentCount: number;
                        attachments: {
                            contentType: string;
                            fileName: string;
                            id: number;
                            sizeBytes: number;
                            url: string;
                        }[];
                        body: string;
                        /**
                         * 公开类别
                         * @description plan 发展规划，finance 财务预决算，allowance 岗位津贴，appointment 聘任，award 评优与奖惩，title 职称评聘，hardship 困难补助发放，housing 住房，insurance 养老与医疗保险，procurement 大宗采购，construction 基建，other 其他
                         * @enum {string}
                         */
                        category: "plan" | "finance" | "allowance" | "appointment" | "award" | "title" | "hardship" | "housing" | "insurance" | "procurement" | "construction" | "other";
                        id: number;
                        /** @description 异议数，只给工会干事和主席 */
                        objectionCount: number | null;
                        /** @description 公示期最后一天（北京时间） */
                        objectionEndsOn: string | null;
                        /** @description 今天在公示期内，可以提出异议 */
                        objectionOpen: boolean;
                        /** @description 会员只看到自己的异议；工会干事和主席看到全部 */
                        objections: {
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description 只给工会干事和主席 */
                            memberName: string | null;
                        }[];
                        /** Format: date-time */
                        publishedAt: string;
                        title: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadDisclosureAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentType: string;
                        fileName: string;
                        id: number;
                        sizeBytes: number;
                        url: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    objectToDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 异议内容 */
                    body: string;
                    /**
                     * 提交编号
                     * Format: uuid
                     */
                    clientKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachmentCount: number;
                        attachments: {
                            contentType: string;
                            fileName: string;
                            id: number;
                            sizeBytes: number;
                            url: string;
                        }[];
                        body: string;
                        /**
                         * 公开类别
                         * @description plan 发展规划，finance 财务预决算，allowance 岗位津贴，appointment 聘任，award 评优与奖惩，title 职称评聘，hardship 困难补助发放，housing 住房，insurance 养老与医疗保险，procurement 大宗采购，construction 基建，other 其他
                         * @enum {string}
                         */
                        category: "plan" | "finance" | "allowance" | "appointment" | "award" | "title" | "hardship" | "housing" | "insurance" | "procurement" | "construction" | "other";
                        id: number;
                        /** @description 异议数，只给工会干事和主席 */
                        objectionCount: number | null;
                        /** @description 公示期最后一天（北京时间） */
                        objectionEndsOn: string | null;
                        /** @description 今天在公示期内，可以提出异议 */
                        objectionOpen: boolean;
                        /** @description 会员只看到自己的异议；工会干事和主席看到全部 */
                        objections: {
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description 只给工会干事和主席 */
                            memberName: string | null;
                        }[];
                        /** Format: date-time */
                        publishedAt: string;
                        title: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteDisclosureAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDisclosureAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 图片或 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    answerDisclosureObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 答复 */
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: string | null;
                        /** Format: date-time */
                        answeredAt: string | null;
                        body: string;
                        /** Format: date-time */
                        createdAt: string;
                        id: number;
                        /** @description 只给工会干事和主席 */
                        memberName: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        db: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description 服务器错误 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHelpAttachment: {
        parameters: {
            query?: {
                exp?: number;
                sig?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 图片或 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listHelpCases: {
        parameters: {
            query?: {
                after?: string;
                categoryId?: number;
                limit?: number;
                mine?: boolean;
                overdue?: boolean;
                status?: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn" | "open";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            anonymous: boolean;
                            branchName: string | null;
                            categoryName: string;
                            /** Format: date-time */
                            createdAt: string;
                            handlerName: string | null;
                            id: number;
                            /** @description 匿名提交时为 null */
                            memberName: string | null;
                            /** @description 已过答复期限仍未答复 */
                            overdue: boolean;
                            /** @description 答复期限（北京时间的日期） */
                            responseDueOn: string;
                            /**
                             * 状态
                             * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn";
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * 紧急程度
                             * @description normal 一般，urgent 较急，critical 紧急
                             * @enum {string}
                             */
                            urgency: "normal" | "urgent" | "critical";
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHelpCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: string[];
                        anonymous: boolean;
                        attachments: {
                            /** @enum {string} */
                            contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            id: number;
                            sizeBytes: number;
                            /** @description 临时链接（约半小时有效），可直接用于图片显示 */
                            url: string;
                        }[];
                        canReply: boolean;
                        canUpload: boolean;
                        categoryId: number;
                        categoryName: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /**
                         * 联系方式
                         * @description phone 电话，wechat 微信，in_person 当面，message 小程序消息
                         * @enum {string}
                         */
                        contactPreference: "phone" | "wechat" | "in_person" | "message";
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        events: {
                            actorName: string | null;
                            /** @enum {string} */
                            actorRole: "member" | "handler" | "system";
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description 内部备注，会员看不到 */
                            internal: boolean;
                            /** @description submitted, accepted, reply, note … */
                            kind: string;
                            /**
                             * 状态
                             * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                             * @enum {string|null}
                             */
                            statusAfter: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn" | null;
                        }[];
                        handlerId: number | null;
                        handlerName: string | null;
                        id: number;
                        /** @description 匿名提交时为 null */
                        member: {
                            branchName: string | null;
                            name: string;
                            phone: string;
                            staffNo: string;
                        } | null;
                        outcome: string | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string;
                        rejectReason: string | null;
                        /** Format: date-time */
                        reopenUntil: string | null;
                        /** Format: date-time */
                        resolvedAt: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        responseDueOn: string;
                        /** @enum {string} */
                        source: "member" | "reception";
                        /**
                         * 状态
                         * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                         * @enum {string}
                         */
                        status: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * 紧急程度
                         * @description normal 一般，urgent 较急，critical 紧急
                         * @enum {string}
                         */
                        urgency: "normal" | "urgent" | "critical";
                        visits: {
                            /** Format: date-time */
                            doneAt: string | null;
                            dueOn: string;
                            id: number;
                            outcome: string | null;
                            overdue: boolean;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listHelpCategories: {
        parameters: {
            query?: {
                all?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            allowsAnonymous: boolean;
                            id: number;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createHelpCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 允许匿名 */
                    allowsAnonymous?: boolean;
                    /** 类别名称 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        allowsAnonymous: boolean;
                        id: number;
                        name: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateHelpCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 启用 */
                    active?: boolean;
                    /** 允许匿名 */
                    allowsAnonymous?: boolean;
                    /** 类别名称 */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        allowsAnonymous: boolean;
                        id: number;
                        name: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUnionClosedDays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            endsOn: string;
                            id: number;
                            reason: string;
                            startsOn: string;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createUnionClosedDays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 结束日期
                     * Format: date
                     * @description YYYY-MM-DD（北京时间）
                     */
                    endsOn: string;
                    /** 原因 */
                    reason: string;
                    /**
                     * 开始日期
                     * Format: date
                     * @description YYYY-MM-DD（北京时间）
                     */
                    startsOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteUnionClosedDays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportHelpRequests: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listHelpHandlers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            role: "staff" | "chair";
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createHelpRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 匿名提交 */
                    anonymous?: boolean;
                    /** 求助类别 */
                    categoryId: number;
                    /**
                     * 联系方式
                     * @description phone 电话，wechat 微信，in_person 当面，message 小程序消息
                     * @enum {string}
                     */
                    contactPreference: "phone" | "wechat" | "in_person" | "message";
                    /** 情况说明 */
                    description: string;
                    /** 标题 */
                    title: string;
                    /**
                     * 紧急程度
                     * @description normal 一般，urgent 较急，critical 紧急
                     * @enum {string}
                     */
                    urgency: "normal" | "urgent" | "critical";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: string[];
                        anonymous: boolean;
                        attachments: {
                            /** @enum {string} */
                            contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            id: number;
                            sizeBytes: number;
                            /** @description 临时链接（约半小时有效），可直接用于图片显示 */
                            url: string;
                        }[];
                        canReply: boolean;
                        canUpload: boolean;
                        categoryId: number;
                        categoryName: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /**
                         * 联系方式
                         * @description phone 电话，wechat 微信，in_person 当面，message 小程序消息
                         * @enum {string}
                         */
                        contactPreference: "phone" | "wechat" | "in_person" | "message";
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        events: {
                            actorName: string | null;
                            /** @enum {string} */
                            actorRole: "member" | "handler" | "system";
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description submitted, accepted, reply, note … */
                            kind: string;
                            /**
                             * 状态
                             * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                             * @enum {string|null}
                             */
                            statusAfter: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn" | null;
                        }[];
                        handlerName: string | null;
                        id: number;
                        outcome: string | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string;
                        rejectReason: string | null;
                        /** Format: date-time */
                        reopenUntil: string | null;
                        /** Format: date-time */
                        resolvedAt: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        responseDueOn: string;
                        /**
                         * 状态
                         * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                         * @enum {string}
                         */
                        status: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * 紧急程度
                         * @description normal 一般，urgent 较急，critical 紧急
                         * @enum {string}
                         */
                        urgency: "normal" | "urgent" | "critical";
                        visits: {
                            dueOn: string;
                            id: number;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHelpRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: string[];
                        anonymous: boolean;
                        attachments: {
                            /** @enum {string} */
                            contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            id: number;
                            sizeBytes: number;
                            /** @description 临时链接（约半小时有效），可直接用于图片显示 */
                            url: string;
                        }[];
                        canReply: boolean;
                        canUpload: boolean;
                        categoryId: number;
                        categoryName: string;
                        /** Format: date-time */
                        closedAt: string | null;
                        /**
                         * 联系方式
                         * @description phone 电话，wechat 微信，in_person 当面，message 小程序消息
                         * @enum {string}
                         */
                        contactPreference: "phone" | "wechat" | "in_person" | "message";
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        events: {
                            actorName: string | null;
                            /** @enum {string} */
                            actorRole: "member" | "handler" | "system";
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description submitted, accepted, reply, note … */
                            kind: string;
                            /**
                             * 状态
                             * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                             * @enum {string|null}
                             */
                            statusAfter: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn" | null;
                        }[];
                        handlerName: string | null;
                        id: number;
                        outcome: string | null;
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string;
                        rejectReason: string | null;
                        /** Format: date-time */
                        reopenUntil: string | null;
                        /** Format: date-time */
                        resolvedAt: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        responseDueOn: string;
                        /**
                         * 状态
                         * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                         * @enum {string}
                         */
                        status: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn";
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /**
                         * 紧急程度
                         * @description normal 一般，urgent 较急，critical 紧急
                         * @enum {string}
                         */
                        urgency: "normal" | "urgent" | "critical";
                        visits: {
                            dueOn: string;
                            id: number;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadHelpAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                        /** Format: date-time */
                        createdAt: string;
                        fileName: string;
                        id: number;
                        sizeBytes: number;
                        /** @description 临时链接（约半小时有效），可直接用于图片显示 */
                        url: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addHelpNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 备注内容 */
                    body: string;
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rateHelpRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 评价意见 */
                    comment?: string;
                    /**
                     * 评价
                     * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                     * @enum {string}
                     */
                    rating: "satisfied" | "basically_satisfied" | "dissatisfied";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handlerName: string | null;
                        id: number;
                        responseDueOn: string;
                        /**
                         * 状态
                         * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                         * @enum {string}
                         */
                        status: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    replyHelpRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 回复内容 */
                    body: string;
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    transitionHelpRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 操作
                     * @description accept 受理，assign 改派，start 开始处理，request_info 请会员补充，supplement 会员补充，resume 继续处理，resolve 办结，reject 不予办理，withdraw 撤回，reopen 重新打开
                     * @enum {string}
                     */
                    action: "accept" | "assign" | "start" | "request_info" | "supplement" | "resume" | "resolve" | "reject" | "withdraw" | "reopen";
                    /** 回访安排 */
                    followUpDays?: number[];
                    /** 办理人 */
                    handlerId?: number;
                    /** 说明 */
                    message?: string;
                    /** 处理结果 */
                    outcome?: string;
                    /** 原因 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        handlerName: string | null;
                        id: number;
                        responseDueOn: string;
                        /**
                         * 状态
                         * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                         * @enum {string}
                         */
                        status: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    scheduleHelpVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 回访日期
                     * Format: date
                     * @description YYYY-MM-DD（北京时间）
                     */
                    dueOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyHelpRequests: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            anonymous: boolean;
                            categoryName: string;
                            /** Format: date-time */
                            createdAt: string;
                            handlerName: string | null;
                            id: number;
                            /** @description 已过答复期限仍未答复 */
                            overdue: boolean;
                            /** @description 答复期限（北京时间的日期） */
                            responseDueOn: string;
                            /**
                             * 状态
                             * @description submitted 待受理，accepted 已受理，in_progress 处理中，waiting_member 等待会员补充，resolved 已办结，closed 已关闭，rejected 未予办理，withdrawn 已撤回
                             * @enum {string}
                             */
                            status: "submitted" | "accepted" | "in_progress" | "waiting_member" | "resolved" | "closed" | "rejected" | "withdrawn";
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /**
                             * 紧急程度
                             * @description normal 一般，urgent 较急，critical 紧急
                             * @enum {string}
                             */
                            urgency: "normal" | "urgent" | "critical";
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHelpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        responseDays: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateHelpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 答复期限（工作日） */
                    responseDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        responseDays: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHelpSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 未结案件 */
                        open: number;
                        /** @description 超期未答复 */
                        overdue: number;
                        /** @description 待受理 */
                        submitted: number;
                        /** @description 今天及以前到期的回访 */
                        visitsDue: number;
                        /** @description 已过期的回访 */
                        visitsOverdue: number;
                        waitingMember: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listHelpVisits: {
        parameters: {
            query?: {
                scope?: "due" | "planned" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            doneAt: string | null;
                            dueOn: string;
                            handlerName: string | null;
                            id: number;
                            memberName: string | null;
                            outcome: string | null;
                            overdue: boolean;
                            requestId: number;
                            requestTitle: string;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    completeHelpVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 回访情况 */
                    outcome: string;
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMyPersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        profile: {
                            /** Format: date-time */
                            boundAt: string | null;
                            branchName: string | null;
                            /** Format: date-time */
                            memberSince: string;
                            name: string;
                            /** @description 登录中的设备数 */
                            openSessions: number;
                            /** @description 中间四位隐去，如 138****1234 */
                            phone: string;
                            /** @description 角色的中文名称 */
                            roles: string[];
                            staffNo: string;
                            unionName: string;
                            wechatBound: boolean;
                        };
                        sections: {
                            count: number;
                            /** @description 最新的至多 50 条 */
                            items: {
                                /** Format: date-time */
                                at: string | null;
                                detail: string;
                                title: string;
                            }[];
                            key: string;
                            title: string;
                        }[];
                        surveys: {
                            note: string;
                            /** @description 参加会员评议的次数 */
                            participated: number;
                        };
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 账号已注销 */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    eraseMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 确认注销
                     * @enum {boolean}
                     */
                    confirm: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effects: {
                            count: number;
                            key: string;
                            label: string;
                            /** @description 量词：个、件、条 */
                            unit: string;
                        }[];
                        /** Format: date-time */
                        erasedAt: string;
                        rulesVersion: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 账号已注销 */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    previewAccountErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowed: boolean;
                        effects: {
                            count: number;
                            key: string;
                            label: string;
                            /** @description 量词：个、件、条 */
                            unit: string;
                        }[];
                        /** @description 不能注销时的原因 */
                        refusal: string | null;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 账号已注销 */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportMyPersonalData: {
        parameters: {
            query: {
                /** @description json 或 xlsx */
                format: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 账号已注销 */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hasMore: boolean;
                        items: {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            link: string | null;
                            /** Format: date-time */
                            readAt: string | null;
                            title: string;
                        }[];
                        unreadCount: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    markMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    markAllMessagesRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSubscribeTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 消息类型 → 订阅消息模板 ID */
                        templates: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    recordSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 同意的订阅消息模板 */
                    accepted: string[];
                };
            };
        };
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    countUnreadMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listNotices: {
        parameters: {
            query?: {
                after?: string;
                /** @description news 新闻公告，rules 亮制度，services 亮项目，procedures 亮程序，officers 亮身份 */
                category?: "news" | "rules" | "services" | "procedures" | "officers";
                limit?: number;
                pinned?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * 栏目
                             * @description news 新闻公告，rules 亮制度，services 亮项目，procedures 亮程序，officers 亮身份
                             * @enum {string}
                             */
                            category: "news" | "rules" | "services" | "procedures" | "officers";
                            id: number;
                            pinned: boolean;
                            /** Format: date-time */
                            publishedAt: string;
                            title: string;
                            unionName: string;
                        }[];
                        /** @description 下一页的翻页位置（after）；没有更多时为 null */
                        next: string | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createNotice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 正文 */
                    body: string;
                    /**
                     * 栏目
                     * @description news 新闻公告，rules 亮制度，services 亮项目，procedures 亮程序，officers 亮身份
                     * @enum {string}
                     */
                    category: "news" | "rules" | "services" | "procedures" | "officers";
                    /** 置顶 */
                    pinned?: boolean;
                    /** 标题 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 正文 */
                    body?: string;
                    /**
                     * 栏目
                     * @description news 新闻公告，rules 亮制度，services 亮项目，procedures 亮程序，officers 亮身份
                     * @enum {string}
                     */
                    category?: "news" | "rules" | "services" | "procedures" | "officers";
                    /** 置顶 */
                    pinned?: boolean;
                    /** 标题 */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    bookReceptionSlot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 希望保密 */
                    confidential?: boolean;
                    /** 简要说明 */
                    description: string;
                    /** 接待日 */
                    sessionId: number;
                    /**
                     * 时段
                     * Format: date-time
                     */
                    slotStart: string;
                    /**
                     * 话题
                     * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                     * @enum {string}
                     */
                    topic: "work" | "life" | "rights" | "suggestion" | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReceptionAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    assignReceptionAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 交办对象 */
                    assignee: string;
                    /**
                     * 答复期限
                     * Format: date
                     * @description 北京时间的日期 YYYY-MM-DD
                     */
                    dueOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    markReceptionAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 是否到场 */
                    attended: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelReceptionAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 取消原因 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    recordReceptionOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 帮扶说明 */
                    helpCaseNote?: string;
                    /** 转为困难帮扶 */
                    helpCaseRequested?: boolean;
                    /**
                     * 求助标题
                     * @description 转为困难帮扶时求助的标题；不填取反映问题的第一行
                     */
                    helpCaseTitle?: string;
                    /**
                     * 帮扶类别
                     * @description 转为困难帮扶时的求助类别；不填为「其他」
                     */
                    helpCategoryId?: number;
                    /** 反映的问题 */
                    raised: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rateReceptionReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 评价意见 */
                    comment?: string;
                    /**
                     * 评价
                     * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                     * @enum {string}
                     */
                    rating: "satisfied" | "basically_satisfied" | "dissatisfied";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    replyReceptionAppointment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 答复内容 */
                    reply: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 交办给谁（工作人员可见） */
                        assignee: string | null;
                        /** @description 当前用户现在能否取消 */
                        canCancel: boolean;
                        cancelledByMember: boolean;
                        cancelReason: string | null;
                        /** @description 当前用户能否登记、交办、答复 */
                        canHandle: boolean;
                        confidential: boolean;
                        /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                        contentHidden: boolean;
                        date: string;
                        description: string | null;
                        /** @description 答复期限（北京时间的日期） */
                        dueOn: string | null;
                        /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                        helpCaseId: number | null;
                        helpCaseNote: string | null;
                        /** @description 需转为困难帮扶个案 */
                        helpCaseRequested: boolean;
                        id: number;
                        member: {
                            branchName: string | null;
                            id: number;
                            name: string;
                        };
                        /** @description 已过答复期限仍未答复 */
                        overdue: boolean;
                        place: string;
                        /** @description 登记：会员反映的问题（工作人员可见） */
                        raised: string | null;
                        /**
                         * 评价
                         * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                         * @enum {string|null}
                         */
                        rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                        ratingComment: string | null;
                        receiverName: string;
                        /** Format: date-time */
                        repliedAt: string | null;
                        repliedOnTime: boolean | null;
                        reply: string | null;
                        sessionId: number;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                        /** @enum {string} */
                        status: "booked" | "arrived" | "no_show" | "cancelled";
                        /**
                         * 话题
                         * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                         * @enum {string}
                         */
                        topic: "work" | "life" | "rights" | "suggestion" | "other";
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyReceptionAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 交办给谁（工作人员可见） */
                            assignee: string | null;
                            /** @description 当前用户现在能否取消 */
                            canCancel: boolean;
                            cancelledByMember: boolean;
                            cancelReason: string | null;
                            /** @description 当前用户能否登记、交办、答复 */
                            canHandle: boolean;
                            confidential: boolean;
                            /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                            contentHidden: boolean;
                            date: string;
                            description: string | null;
                            /** @description 答复期限（北京时间的日期） */
                            dueOn: string | null;
                            /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                            helpCaseId: number | null;
                            helpCaseNote: string | null;
                            /** @description 需转为困难帮扶个案 */
                            helpCaseRequested: boolean;
                            id: number;
                            member: {
                                branchName: string | null;
                                id: number;
                                name: string;
                            };
                            /** @description 已过答复期限仍未答复 */
                            overdue: boolean;
                            place: string;
                            /** @description 登记：会员反映的问题（工作人员可见） */
                            raised: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            receiverName: string;
                            /** Format: date-time */
                            repliedAt: string | null;
                            repliedOnTime: boolean | null;
                            reply: string | null;
                            sessionId: number;
                            /** Format: date-time */
                            slotEnd: string;
                            /** Format: date-time */
                            slotStart: string;
                            /** @enum {string} */
                            stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                            /** @enum {string} */
                            status: "booked" | "arrived" | "no_show" | "cancelled";
                            /**
                             * 话题
                             * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                             * @enum {string}
                             */
                            topic: "work" | "life" | "rights" | "suggestion" | "other";
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReceptionDesk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 本工会的工会主席或工会干事 */
                        canManage: boolean;
                        /** @description 担任过或将担任接待人 */
                        isReceiver: boolean;
                        overdueCount: number;
                        /** @description 已接待、尚未答复 */
                        pendingCount: number;
                        todayCount: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listReceptionFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 交办给谁（工作人员可见） */
                            assignee: string | null;
                            /** @description 当前用户现在能否取消 */
                            canCancel: boolean;
                            cancelledByMember: boolean;
                            cancelReason: string | null;
                            /** @description 当前用户能否登记、交办、答复 */
                            canHandle: boolean;
                            confidential: boolean;
                            /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                            contentHidden: boolean;
                            date: string;
                            description: string | null;
                            /** @description 答复期限（北京时间的日期） */
                            dueOn: string | null;
                            /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                            helpCaseId: number | null;
                            helpCaseNote: string | null;
                            /** @description 需转为困难帮扶个案 */
                            helpCaseRequested: boolean;
                            id: number;
                            member: {
                                branchName: string | null;
                                id: number;
                                name: string;
                            };
                            /** @description 已过答复期限仍未答复 */
                            overdue: boolean;
                            place: string;
                            /** @description 登记：会员反映的问题（工作人员可见） */
                            raised: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            receiverName: string;
                            /** Format: date-time */
                            repliedAt: string | null;
                            repliedOnTime: boolean | null;
                            reply: string | null;
                            sessionId: number;
                            /** Format: date-time */
                            slotEnd: string;
                            /** Format: date-time */
                            slotStart: string;
                            /** @enum {string} */
                            stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                            /** @enum {string} */
                            status: "booked" | "arrived" | "no_show" | "cancelled";
                            /**
                             * 话题
                             * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                             * @enum {string}
                             */
                            topic: "work" | "life" | "rights" | "suggestion" | "other";
                        }[];
                        overdueCount: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listReceptionReceivers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            /** @enum {string} */
                            role: "chair" | "vice_chair";
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listReceptionSessions: {
        parameters: {
            query?: {
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 已约（含已到、未到）的时段数 */
                            bookedCount: number;
                            cancelReason: string | null;
                            /** @description 接待日期（北京时间） */
                            date: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description 尚未结束且无人预约的时段数 */
                            freeSlots: number;
                            id: number;
                            /** @description 当前会员在本场的有效预约 */
                            myAppointmentId: number | null;
                            place: string;
                            receiverId: number;
                            receiverName: string;
                            /**
                             * @description chair 工会主席，vice_chair 工会副主席
                             * @enum {string}
                             */
                            receiverRole: "chair" | "vice_chair";
                            slotCount: number;
                            slotMinutes: number;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "open" | "cancelled";
                            /** @description 是否属于每周固定的接待日 */
                            weekly: boolean;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    publishReceptionSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 日期
                     * Format: date
                     * @description 北京时间的日期 YYYY-MM-DD
                     */
                    date: string;
                    /**
                     * 结束时间
                     * @description HH:MM，北京时间
                     */
                    endTime: string;
                    /** 地点 */
                    place: string;
                    /** 接待人 */
                    receiverId: number;
                    /**
                     * 重复
                     * @description once 单次，weekly 每周
                     * @enum {string}
                     */
                    repeat: "once" | "weekly";
                    /** 每个时段分钟数 */
                    slotMinutes: number;
                    /**
                     * 开始时间
                     * @description HH:MM，北京时间
                     */
                    startTime: string;
                    /**
                     * 重复截止日期
                     * Format: date
                     * @description 北京时间的日期 YYYY-MM-DD
                     */
                    until?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        items: {
                            /** @description 已约（含已到、未到）的时段数 */
                            bookedCount: number;
                            cancelReason: string | null;
                            /** @description 接待日期（北京时间） */
                            date: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description 尚未结束且无人预约的时段数 */
                            freeSlots: number;
                            id: number;
                            /** @description 当前会员在本场的有效预约 */
                            myAppointmentId: number | null;
                            place: string;
                            receiverId: number;
                            receiverName: string;
                            /**
                             * @description chair 工会主席，vice_chair 工会副主席
                             * @enum {string}
                             */
                            receiverRole: "chair" | "vice_chair";
                            slotCount: number;
                            slotMinutes: number;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "open" | "cancelled";
                            /** @description 是否属于每周固定的接待日 */
                            weekly: boolean;
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReceptionSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已约（含已到、未到）的时段数 */
                        bookedCount: number;
                        cancelReason: string | null;
                        /** @description 接待日期（北京时间） */
                        date: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description 尚未结束且无人预约的时段数 */
                        freeSlots: number;
                        id: number;
                        /** @description 当前会员在本场的有效预约 */
                        myAppointmentId: number | null;
                        place: string;
                        receiverId: number;
                        receiverName: string;
                        /**
                         * @description chair 工会主席，vice_chair 工会副主席
                         * @enum {string}
                         */
                        receiverRole: "chair" | "vice_chair";
                        slotCount: number;
                        slotMinutes: number;
                        slots: {
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            state: "free" | "taken" | "mine" | "past";
                        }[];
                        /** Format: date-time */
                        startsAt: string;
                        /** @enum {string} */
                        status: "open" | "cancelled";
                        /** @description 是否属于每周固定的接待日 */
                        weekly: boolean;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelReceptionSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 取消原因 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 已约（含已到、未到）的时段数 */
                        bookedCount: number;
                        cancelReason: string | null;
                        /** @description 接待日期（北京时间） */
                        date: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @description 尚未结束且无人预约的时段数 */
                        freeSlots: number;
                        id: number;
                        /** @description 当前会员在本场的有效预约 */
                        myAppointmentId: number | null;
                        place: string;
                        receiverId: number;
                        receiverName: string;
                        /**
                         * @description chair 工会主席，vice_chair 工会副主席
                         * @enum {string}
                         */
                        receiverRole: "chair" | "vice_chair";
                        slotCount: number;
                        slotMinutes: number;
                        /** Format: date-time */
                        startsAt: string;
                        /** @enum {string} */
                        status: "open" | "cancelled";
                        /** @description 是否属于每周固定的接待日 */
                        weekly: boolean;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReceptionSummary: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 预约（不含取消） */
                        appointments: number;
                        arrived: number;
                        cancelled: number;
                        /** @description 需转困难帮扶 */
                        helpCases: number;
                        month: string;
                        noShow: number;
                        replies: {
                            /** @description 已接待、需答复 */
                            needed: number;
                            /** @description 在期限内答复 */
                            onTime: number;
                            /** @description 按期答复率 = 按期答复 / (已答复 + 逾期未复) */
                            onTimeRate: number | null;
                            /** @description 已过期限仍未答复 */
                            overdue: number;
                            /** @description 未到期限、尚未答复 */
                            pending: number;
                            replied: number;
                        };
                        satisfaction: {
                            basicallySatisfied: number;
                            dissatisfied: number;
                            /** @description 满意率 = (满意 + 基本满意) / 已评价 */
                            rate: number | null;
                            rated: number;
                            satisfied: number;
                        };
                        /** @description 已举办的接待日场次（到今天为止，不含取消） */
                        sessions: number;
                        topics: {
                            count: number;
                            /**
                             * 话题
                             * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                             * @enum {string}
                             */
                            topic: "work" | "life" | "rights" | "suggestion" | "other";
                        }[];
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportReceptionSummary: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listTodayReceptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        /** @description 今日预约，按时间先后 */
                        items: {
                            /** @description 交办给谁（工作人员可见） */
                            assignee: string | null;
                            /** @description 当前用户现在能否取消 */
                            canCancel: boolean;
                            cancelledByMember: boolean;
                            cancelReason: string | null;
                            /** @description 当前用户能否登记、交办、答复 */
                            canHandle: boolean;
                            confidential: boolean;
                            /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                            contentHidden: boolean;
                            date: string;
                            description: string | null;
                            /** @description 答复期限（北京时间的日期） */
                            dueOn: string | null;
                            /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                            helpCaseId: number | null;
                            helpCaseNote: string | null;
                            /** @description 需转为困难帮扶个案 */
                            helpCaseRequested: boolean;
                            id: number;
                            member: {
                                branchName: string | null;
                                id: number;
                                name: string;
                            };
                            /** @description 已过答复期限仍未答复 */
                            overdue: boolean;
                            place: string;
                            /** @description 登记：会员反映的问题（工作人员可见） */
                            raised: string | null;
                            /**
                             * 评价
                             * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                             * @enum {string|null}
                             */
                            rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                            ratingComment: string | null;
                            receiverName: string;
                            /** Format: date-time */
                            repliedAt: string | null;
                            repliedOnTime: boolean | null;
                            reply: string | null;
                            sessionId: number;
                            /** Format: date-time */
                            slotEnd: string;
                            /** Format: date-time */
                            slotStart: string;
                            /** @enum {string} */
                            stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                            /** @enum {string} */
                            status: "booked" | "arrived" | "no_show" | "cancelled";
                            /**
                             * 话题
                             * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                             * @enum {string}
                             */
                            topic: "work" | "life" | "rights" | "suggestion" | "other";
                        }[];
                        overdueCount: number;
                        sessions: {
                            /** @description 已约（含已到、未到）的时段数 */
                            bookedCount: number;
                            cancelReason: string | null;
                            /** @description 接待日期（北京时间） */
                            date: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description 尚未结束且无人预约的时段数 */
                            freeSlots: number;
                            id: number;
                            /** @description 当前会员在本场的有效预约 */
                            myAppointmentId: number | null;
                            place: string;
                            receiverId: number;
                            receiverName: string;
                            /**
                             * @description chair 工会主席，vice_chair 工会副主席
                             * @enum {string}
                             */
                            receiverRole: "chair" | "vice_chair";
                            slotCount: number;
                            slotMinutes: number;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "open" | "cancelled";
                            /** @description 是否属于每周固定的接待日 */
                            weekly: boolean;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWeekReceptions: {
        parameters: {
            query?: {
                /** @description 北京时间的日期 YYYY-MM-DD */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        end: string;
                        sessions: {
                            appointments: {
                                /** @description 交办给谁（工作人员可见） */
                                assignee: string | null;
                                /** @description 当前用户现在能否取消 */
                                canCancel: boolean;
                                cancelledByMember: boolean;
                                cancelReason: string | null;
                                /** @description 当前用户能否登记、交办、答复 */
                                canHandle: boolean;
                                confidential: boolean;
                                /** @description 会员希望保密：只有接待人和会员本人能看到内容 */
                                contentHidden: boolean;
                                date: string;
                                description: string | null;
                                /** @description 答复期限（北京时间的日期） */
                                dueOn: string | null;
                                /** @description 已转成的困难帮扶个案（会员本人和工作人员可见） */
                                helpCaseId: number | null;
                                helpCaseNote: string | null;
                                /** @description 需转为困难帮扶个案 */
                                helpCaseRequested: boolean;
                                id: number;
                                member: {
                                    branchName: string | null;
                                    id: number;
                                    name: string;
                                };
                                /** @description 已过答复期限仍未答复 */
                                overdue: boolean;
                                place: string;
                                /** @description 登记：会员反映的问题（工作人员可见） */
                                raised: string | null;
                                /**
                                 * 评价
                                 * @description satisfied 满意，basically_satisfied 基本满意，dissatisfied 不满意
                                 * @enum {string|null}
                                 */
                                rating: "satisfied" | "basically_satisfied" | "dissatisfied" | null;
                                ratingComment: string | null;
                                receiverName: string;
                                /** Format: date-time */
                                repliedAt: string | null;
                                repliedOnTime: boolean | null;
                                reply: string | null;
                                sessionId: number;
                                /** Format: date-time */
                                slotEnd: string;
                                /** Format: date-time */
                                slotStart: string;
                                /** @enum {string} */
                                stage: "booked" | "cancelled" | "no_show" | "arrived" | "registered" | "assigned" | "replied" | "rated";
                                /** @enum {string} */
                                status: "booked" | "arrived" | "no_show" | "cancelled";
                                /**
                                 * 话题
                                 * @description work 工作，life 生活，rights 权益，suggestion 建议，other 其他
                                 * @enum {string}
                                 */
                                topic: "work" | "life" | "rights" | "suggestion" | "other";
                            }[];
                            /** @description 已约（含已到、未到）的时段数 */
                            bookedCount: number;
                            cancelReason: string | null;
                            /** @description 接待日期（北京时间） */
                            date: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** @description 尚未结束且无人预约的时段数 */
                            freeSlots: number;
                            id: number;
                            /** @description 当前会员在本场的有效预约 */
                            myAppointmentId: number | null;
                            place: string;
                            receiverId: number;
                            receiverName: string;
                            /**
                             * @description chair 工会主席，vice_chair 工会副主席
                             * @enum {string}
                             */
                            receiverRole: "chair" | "vice_chair";
                            slotCount: number;
                            slotMinutes: number;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "open" | "cancelled";
                            /** @description 是否属于每周固定的接待日 */
                            weekly: boolean;
                        }[];
                        start: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answered: number;
                            audience: number;
                            /** Format: date-time */
                            closesAt: string;
                            /** Format: date */
                            closesOn: string;
                            id: number;
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date */
                            opensOn: string;
                            /**
                             * 评议阶段
                             * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                             * @enum {string}
                             */
                            phase: "draft" | "scheduled" | "open" | "closed";
                            title: string;
                            unionName: string;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 参评分工会 */
                    branchIds: number[];
                    /** 按分工会统计 */
                    byBranch?: boolean;
                    /**
                     * 结束日期
                     * Format: date
                     */
                    closesOn: string;
                    /** 说明 */
                    intro?: string;
                    /**
                     * 开始日期
                     * Format: date
                     */
                    opensOn: string;
                    /** 合格线 */
                    passLine?: number;
                    /** 题目 */
                    questions: {
                        /**
                         * 题型
                         * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                         * @enum {string}
                         */
                        kind: "single" | "multiple" | "rating" | "text";
                        /** 选项 */
                        options?: string[];
                        /** 是否必答 */
                        required: boolean;
                        /** 总体满意度题 */
                        satisfaction?: boolean;
                        /** 所属方面 */
                        section?: string;
                        /** 题目 */
                        title: string;
                    }[];
                    /** 结束后向会员公开结果 */
                    resultsVisible?: boolean;
                    /** 标题 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answered: boolean;
                        /** @description 参评分工会；空表示全体会员 */
                        branches: {
                            id: number;
                            name: string;
                        }[];
                        byBranch: boolean;
                        canManage: boolean;
                        /** Format: date-time */
                        closesAt: string;
                        /** Format: date */
                        closesOn: string;
                        id: number;
                        inAudience: boolean;
                        intro: string;
                        /** Format: date-time */
                        opensAt: string;
                        /** Format: date */
                        opensOn: string;
                        passLine: number;
                        /**
                         * 评议阶段
                         * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                         * @enum {string}
                         */
                        phase: "draft" | "scheduled" | "open" | "closed";
                        questions: {
                            id: number;
                            /**
                             * 题型
                             * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                             * @enum {string}
                             */
                            kind: "single" | "multiple" | "rating" | "text";
                            options: string[];
                            position: number;
                            required: boolean;
                            /** @description 总体满意度题（满意 / 基本满意 / 不满意），满意率按它计算 */
                            satisfaction: boolean;
                            section: string;
                            title: string;
                        }[];
                        /** @description 当前会员的参评回执码 */
                        receiptCode: string | null;
                        resultsVisible: boolean;
                        title: string;
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answered: boolean;
                        /** @description 参评分工会；空表示全体会员 */
                        branches: {
                            id: number;
                            name: string;
                        }[];
                        byBranch: boolean;
                        canManage: boolean;
                        /** Format: date-time */
                        closesAt: string;
                        /** Format: date */
                        closesOn: string;
                        id: number;
                        inAudience: boolean;
                        intro: string;
                        /** Format: date-time */
                        opensAt: string;
                        /** Format: date */
                        opensOn: string;
                        passLine: number;
                        /**
                         * 评议阶段
                         * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                         * @enum {string}
                         */
                        phase: "draft" | "scheduled" | "open" | "closed";
                        questions: {
                            id: number;
                            /**
                             * 题型
                             * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                             * @enum {string}
                             */
                            kind: "single" | "multiple" | "rating" | "text";
                            options: string[];
                            position: number;
                            required: boolean;
                            /** @description 总体满意度题（满意 / 基本满意 / 不满意），满意率按它计算 */
                            satisfaction: boolean;
                            section: string;
                            title: string;
                        }[];
                        /** @description 当前会员的参评回执码 */
                        receiptCode: string | null;
                        resultsVisible: boolean;
                        title: string;
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 参评分工会 */
                    branchIds: number[];
                    /** 按分工会统计 */
                    byBranch?: boolean;
                    /**
                     * 结束日期
                     * Format: date
                     */
                    closesOn: string;
                    /** 说明 */
                    intro?: string;
                    /**
                     * 开始日期
                     * Format: date
                     */
                    opensOn: string;
                    /** 合格线 */
                    passLine?: number;
                    /** 题目 */
                    questions: {
                        /**
                         * 题型
                         * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                         * @enum {string}
                         */
                        kind: "single" | "multiple" | "rating" | "text";
                        /** 选项 */
                        options?: string[];
                        /** 是否必答 */
                        required: boolean;
                        /** 总体满意度题 */
                        satisfaction?: boolean;
                        /** 所属方面 */
                        section?: string;
                        /** 题目 */
                        title: string;
                    }[];
                    /** 结束后向会员公开结果 */
                    resultsVisible?: boolean;
                    /** 标题 */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answered: boolean;
                        /** @description 参评分工会；空表示全体会员 */
                        branches: {
                            id: number;
                            name: string;
                        }[];
                        byBranch: boolean;
                        canManage: boolean;
                        /** Format: date-time */
                        closesAt: string;
                        /** Format: date */
                        closesOn: string;
                        id: number;
                        inAudience: boolean;
                        intro: string;
                        /** Format: date-time */
                        opensAt: string;
                        /** Format: date */
                        opensOn: string;
                        passLine: number;
                        /**
                         * 评议阶段
                         * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                         * @enum {string}
                         */
                        phase: "draft" | "scheduled" | "open" | "closed";
                        questions: {
                            id: number;
                            /**
                             * 题型
                             * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                             * @enum {string}
                             */
                            kind: "single" | "multiple" | "rating" | "text";
                            options: string[];
                            position: number;
                            required: boolean;
                            /** @description 总体满意度题（满意 / 基本满意 / 不满意），满意率按它计算 */
                            satisfaction: boolean;
                            section: string;
                            title: string;
                        }[];
                        /** @description 当前会员的参评回执码 */
                        receiptCode: string | null;
                        resultsVisible: boolean;
                        title: string;
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功，无内容 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    closeSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answered: boolean;
                        /** @description 参评分工会；空表示全体会员 */
                        branches: {
                            id: number;
                            name: string;
                        }[];
                        byBranch: boolean;
                        canManage: boolean;
                        /** Format: date-time */
                        closesAt: string;
                        /** Format: date */
                        closesOn: string;
                        id: number;
                        inAudience: boolean;
                        intro: string;
                        /** Format: date-time */
                        opensAt: string;
                        /** Format: date */
                        opensOn: string;
                        passLine: number;
                        /**
                         * 评议阶段
                         * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                         * @enum {string}
                         */
                        phase: "draft" | "scheduled" | "open" | "closed";
                        questions: {
                            id: number;
                            /**
                             * 题型
                             * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                             * @enum {string}
                             */
                            kind: "single" | "multiple" | "rating" | "text";
                            options: string[];
                            position: number;
                            required: boolean;
                            /** @description 总体满意度题（满意 / 基本满意 / 不满意），满意率按它计算 */
                            satisfaction: boolean;
                            section: string;
                            title: string;
                        }[];
                        /** @description 当前会员的参评回执码 */
                        receiptCode: string | null;
                        resultsVisible: boolean;
                        title: string;
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSurveyExportLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description 一次性下载地址（相对路径），5 分钟内有效 */
                        url: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    openSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answered: boolean;
                        /** @description 参评分工会；空表示全体会员 */
                        branches: {
                            id: number;
                            name: string;
                        }[];
                        byBranch: boolean;
                        canManage: boolean;
                        /** Format: date-time */
                        closesAt: string;
                        /** Format: date */
                        closesOn: string;
                        id: number;
                        inAudience: boolean;
                        intro: string;
                        /** Format: date-time */
                        opensAt: string;
                        /** Format: date */
                        opensOn: string;
                        passLine: number;
                        /**
                         * 评议阶段
                         * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                         * @enum {string}
                         */
                        phase: "draft" | "scheduled" | "open" | "closed";
                        questions: {
                            id: number;
                            /**
                             * 题型
                             * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                             * @enum {string}
                             */
                            kind: "single" | "multiple" | "rating" | "text";
                            options: string[];
                            position: number;
                            required: boolean;
                            /** @description 总体满意度题（满意 / 基本满意 / 不满意），满意率按它计算 */
                            satisfaction: boolean;
                            section: string;
                            title: string;
                        }[];
                        /** @description 当前会员的参评回执码 */
                        receiptCode: string | null;
                        resultsVisible: boolean;
                        title: string;
                        unionName: string;
                        year: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    remindSurveyNonRespondents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 收到提醒的未参评会员人数 */
                        sent: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 尝试过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitSurveyResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 答案 */
                    answers: {
                        /** 选项 */
                        choice?: number;
                        /** 选项 */
                        choices?: number[];
                        /** 题目编号 */
                        questionId: number;
                        /** 评分 */
                        rating?: number;
                        /** 意见建议 */
                        text?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 参评回执码：证明已参评，不包含任何答案 */
                        receiptCode: string;
                        surveyTitle: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSurveyResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        branches: {
                            answered: number | null;
                            audience: number | null;
                            branchId: number | null;
                            /** @description 样本不足：少于 minGroup 份 */
                            insufficient: boolean;
                            name: string;
                            /** @description 百分比，保留一位小数；样本不足时为 null */
                            satisfactionRate: number | null;
                            /** @description 百分比，保留一位小数；样本不足时为 null */
                            turnoutRate: number | null;
                        }[] | null;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @description 已计入的答卷不足 minGroup 份：不显示任何统计 */
                        insufficient: boolean;
                        /** @description 少于这个份数的组只显示“样本不足” */
                        minGroup: number;
                        questions: {
                            answered: number;
                            /** @description 评分题的平均分 */
                            average: number | null;
                            id: number;
                            /**
                             * 题型
                             * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                             * @enum {string}
                             */
                            kind: "single" | "multiple" | "rating" | "text";
                            /** @description 单选、多选的各选项；评分题为 1–5 分 */
                            options: {
                                count: number;
                                label: string;
                                percent: number;
                            }[];
                            position: number;
                            section: string;
                            /** @description 文字题的回答，不带任何身份信息 */
                            texts: string[];
                            title: string;
                        }[];
                        satisfaction: {
                            basic: number;
                            passed: boolean;
                            passLine: number;
                            questionId: number;
                            /** @description (满意 + 基本满意) / 有效答卷，百分比 */
                            rate: number;
                            satisfied: number;
                            unsatisfied: number;
                            /** @description 总体满意度题的有效答卷数 */
                            valid: number;
                        } | null;
                        survey: {
                            byBranch: boolean;
                            /** Format: date-time */
                            closesAt: string;
                            id: number;
                            /** Format: date-time */
                            opensAt: string;
                            /**
                             * 评议阶段
                             * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                             * @enum {string}
                             */
                            phase: "draft" | "scheduled" | "open" | "closed";
                            title: string;
                            unionName: string;
                        };
                        turnout: {
                            answered: number;
                            audience: number;
                            rate: number;
                        };
                        /** @description 已提交、尚待计入的答卷数：答卷每凑满 5 份才随机成批计入，结束时全部计入（不足 5 份的评议除外） */
                        waiting: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listSurveyBranches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            memberCount: number;
                            name: string;
                        }[];
                        /** @description 全体会员人数 */
                        memberCount: number;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    downloadSurveyExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticket: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listOpenSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 当前会员是否已参评 */
                            answered: boolean;
                            /** Format: date-time */
                            closesAt: string;
                            /** Format: date */
                            closesOn: string;
                            id: number;
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date */
                            opensOn: string;
                            /**
                             * 评议阶段
                             * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                             * @enum {string}
                             */
                            phase: "draft" | "scheduled" | "open" | "closed";
                            questionCount: number;
                            title: string;
                            unionName: string;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPublishedSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 当前会员是否已参评 */
                            answered: boolean;
                            /** Format: date-time */
                            closesAt: string;
                            /** Format: date */
                            closesOn: string;
                            id: number;
                            /** Format: date-time */
                            opensAt: string;
                            /** Format: date */
                            opensOn: string;
                            /**
                             * 评议阶段
                             * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                             * @enum {string}
                             */
                            phase: "draft" | "scheduled" | "open" | "closed";
                            questionCount: number;
                            title: string;
                            unionName: string;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifySurveyReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** 回执码 */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memberName: string;
                        surveyId: number;
                        surveyTitle: string;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSurveyRollup: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        districtName: string;
                        minGroup: number;
                        schools: {
                            answered: number | null;
                            audience: number;
                            insufficient: boolean;
                            /** @description 学校的直接上级工会（市级汇总时用来分区） */
                            parentName: string;
                            passed: boolean | null;
                            /** @description 百分比，保留一位小数；样本不足时为 null */
                            satisfactionRate: number | null;
                            survey: {
                                id: number;
                                passLine: number;
                                /**
                                 * 评议阶段
                                 * @description draft 草稿，scheduled 已发布未开始，open 进行中，closed 已结束
                                 * @enum {string}
                                 */
                                phase: "draft" | "scheduled" | "open" | "closed";
                                title: string;
                            } | null;
                            /** @description 百分比，保留一位小数；样本不足时为 null */
                            turnoutRate: number | null;
                            unionId: number;
                            unionName: string;
                        }[];
                        totals: {
                            answered: number | null;
                            audience: number;
                            passed: boolean | null;
                            /** @description 百分比，保留一位小数；样本不足时为 null */
                            satisfactionRate: number | null;
                            schoolsCounted: number;
                            schoolsInsufficient: number;
                            /** @description 百分比，保留一位小数；样本不足时为 null */
                            turnoutRate: number | null;
                        };
                        year: number;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSurveyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intro: string;
                        passLine: number;
                        questions: {
                            /**
                             * 题型
                             * @description single 单选，multiple 多选，rating 评分 1–5，text 文字
                             * @enum {string}
                             */
                            kind: "single" | "multiple" | "rating" | "text";
                            options: string[];
                            required: boolean;
                            /** @description 总体满意度题（满意 / 基本满意 / 不满意），满意率按它计算 */
                            satisfaction: boolean;
                            section: string;
                            title: string;
                        }[];
                        title: string;
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUnions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description 相对于本工会的层级，本工会为 0 */
                            depth: number;
                            id: number;
                            /** @enum {string} */
                            kind: "city" | "district" | "school" | "branch";
                            /** @description 在册会员数 */
                            memberCount: number;
                            name: string;
                            parentId: number | null;
                        }[];
                    };
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createUnion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * 类型
                     * @enum {string}
                     */
                    kind: "city" | "district" | "school";
                    /** 名称 */
                    name: string;
                    /** 上级工会 */
                    parentId: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 相对于本工会的层级，本工会为 0 */
                        depth: number;
                        id: number;
                        /** @enum {string} */
                        kind: "city" | "district" | "school" | "branch";
                        /** @description 在册会员数 */
                        memberCount: number;
                        name: string;
                        parentId: number | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 相对于本工会的层级，本工会为 0 */
                        depth: number;
                        id: number;
                        /** @enum {string} */
                        kind: "city" | "district" | "school" | "branch";
                        /** @description 在册会员数 */
                        memberCount: number;
                        name: string;
                        parentId: number | null;
                    };
                };
            };
            /** @description 请求不正确 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 未登录或登录已过期 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 没有权限 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 与当前状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
