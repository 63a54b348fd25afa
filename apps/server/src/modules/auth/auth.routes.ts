// reply.setCookie / clearCookie: the types of the cookie plugin (registered in app.ts)
import type {} from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { ChangePasswordInput, LoginInput, Me, Ok, SwitchUnitInput } from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { ABSOLUTE_TIMEOUT_MS, SESSION_COOKIE } from '../../core/sessions.ts';
import { changePassword } from './account/change-password.ts';
import { me } from './account/me.ts';
import { login } from './session/login.ts';
import { logout } from './session/logout.ts';
import { switchUnit } from './session/switch-unit.ts';

const tags = ['Đăng nhập'];

export function registerAuthRoutes(app: FastifyInstance) {
  route(app, {
    method: 'POST',
    url: '/api/v1/auth/login',
    operationId: 'createSession',
    access: 'public',
    rateLimit: 20,
    tags,
    summary: 'Đăng nhập (đặt cookie phiên)',
    response: Me,
    body: LoginInput,
    handler: async (ctx, { body }, req, reply) => {
      const { token, actor } = await login(ctx, body, { userAgent: req.headers['user-agent'] ?? null });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.cookieSecure,
        maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
      });
      return me({ ...ctx, actor });
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/auth/logout',
    operationId: 'deleteSession',
    access: 'authenticated',
    tags,
    summary: 'Đăng xuất',
    response: Ok,
    handler: async (ctx, _i, _req, reply) => {
      await logout(ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/auth/me',
    operationId: 'getMe',
    access: 'authenticated',
    tags,
    summary: 'Người dùng hiện tại, phân công và quyền',
    response: Me,
    // a function of the session's actor alone: encoded once per read of the session (core/route.ts)
    sameFor: (ctx) => ctx.actor?.memoKey,
    handler: (ctx) => me(ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/auth/password',
    operationId: 'changePassword',
    access: 'authenticated',
    tags,
    summary: 'Đổi mật khẩu',
    response: Ok,
    body: ChangePasswordInput,
    handler: (ctx, { body }) => changePassword(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/auth/switch-unit',
    operationId: 'switchUnit',
    access: 'authenticated',
    tags,
    summary: 'Chọn đơn vị làm việc',
    response: Me,
    body: SwitchUnitInput,
    handler: (ctx, { body }) => switchUnit(ctx, body.assignmentId),
  });
}
