-- Neovim (0.7+) as a second, independent LSP client for the openssh-config
-- language server. Run through test/nvim/run.mjs, which sets:
--   OPENSSH_LSP_SERVER   absolute path of out/server/server.js
--   OPENSSH_LSP_FIXTURE  absolute path of test/fixtures/nvim/sshd_config
--   OPENSSH_LSP_TIMEOUT  bound in ms for every wait (default 10000)
-- Prints one line per check ("PASS name" / "FAIL name: detail"), then
-- "RESULT passed=N failed=N", and quits with :cq on any failure.

local server = os.getenv('OPENSSH_LSP_SERVER')
local fixture = os.getenv('OPENSSH_LSP_FIXTURE')
local timeout = tonumber(os.getenv('OPENSSH_LSP_TIMEOUT') or '') or 10000

local passed, failed = 0, 0

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out('PASS ' .. name)
  else
    failed = failed + 1
    out('FAIL ' .. name .. (detail and (': ' .. detail) or ''))
  end
  return ok
end

local function finish()
  out(string.format('RESULT passed=%d failed=%d', passed, failed))
  if failed > 0 then
    vim.cmd('cquit 1')
  else
    vim.cmd('qall!')
  end
end

local function hover_text(result)
  if not result or not result.contents then return '' end
  local c = result.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, x in ipairs(c) do table.insert(parts, type(x) == 'string' and x or (x.value or '')) end
  return table.concat(parts, '\n')
end

local function main()
  if not server or not fixture then
    check('environment', false, 'OPENSSH_LSP_SERVER and OPENSSH_LSP_FIXTURE must be set (use test/nvim/run.mjs)')
    return
  end

  local exit_code, exit_signal
  local client_id = vim.lsp.start_client({
    name = 'openssh-config',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fixture, ':h'),
    -- Neovim 0.7 does not advertise workspace.configuration, so (like
    -- nvim-lspconfig) we push the settings with didChangeConfiguration in on_init.
    settings = { ['openssh-config'] = { targetVersion = '9.2' } },
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
    on_exit = function(code, signal)
      exit_code, exit_signal = code, signal
    end,
  })
  if not check('start_client', client_id ~= nil, 'vim.lsp.start_client returned nil') then return end

  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'sshdconfig' -- the languageId Neovim sends
  check('buf_attach_client', vim.lsp.buf_attach_client(buf, client_id) == true)

  local initialized = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  if not check('initialize', initialized, 'server not initialized within ' .. timeout .. ' ms') then return end
  local client = vim.lsp.get_client_by_id(client_id)
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  check('capabilities advertise hover', caps.hoverProvider == true or caps.hover == true)

  -- 1. The unknown-keyword diagnostic for "PermitRootLogn" (0-based line 3).
  local function find(code, lnum)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == code and d.lnum == lnum then return d end
    end
  end
  local got = vim.wait(timeout, function() return find('unknown-keyword', 3) ~= nil end, 20)
  local d = find('unknown-keyword', 3)
  if check('diagnostic unknown-keyword on line 4', got, 'diagnostics: ' .. vim.inspect(vim.diagnostic.get(buf))) then
    check('diagnostic range is the keyword', d.col == 0 and d.end_col == 14, string.format('col %s..%s', d.col, d.end_col))
    check('diagnostic severity is error', d.severity == vim.diagnostic.severity.ERROR, tostring(d.severity))
    check('diagnostic source', d.source == 'openssh-config', tostring(d.source))
    check('diagnostic suggests PermitRootLogin', d.message:find('PermitRootLogin', 1, true) ~= nil, d.message)
  end

  -- 2. targetVersion 9.2 came through didChangeConfiguration: PerSourcePenalties (9.8) is too new.
  local tooNew = vim.wait(timeout, function() return find('keyword-too-new', 4) ~= nil end, 20)
  check('targetVersion 9.2 via didChangeConfiguration (PerSourcePenalties keyword-too-new)', tooNew,
    'diagnostics: ' .. vim.inspect(vim.diagnostic.get(buf)))
  check('exactly two diagnostics on the fixture', #vim.diagnostic.get(buf) == 2, vim.inspect(vim.diagnostic.get(buf)))

  -- 3. Hover on ClientAliveInterval (0-based line 2).
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = 2, character = 3 } }
  local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, timeout)
  local r = responses and responses[client_id]
  if check('hover answered', r ~= nil and r.err == nil, tostring(err) .. ' ' .. vim.inspect(r)) then
    local text = hover_text(r.result)
    check('hover names ClientAliveInterval', text:find('ClientAliveInterval', 1, true) ~= nil, text)
    check('hover says since OpenSSH', text:find('since OpenSSH', 1, true) ~= nil, text)
    check('hover links the manual',
      text:find('https://man.openbsd.org/sshd_config#ClientAliveInterval', 1, true) ~= nil, text)
  end

  -- 4. Completion inside the Match block (0-based line 7, column 4) leaves out Port.
  params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = 7, character = 4 } }
  responses = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, timeout)
  r = responses and responses[client_id]
  if check('completion answered', r ~= nil and r.result ~= nil, vim.inspect(r)) then
    local labels = {}
    for _, item in ipairs(r.result.items or r.result) do labels[item.label] = true end
    check('completion in Match offers X11Forwarding but not Port', labels['X11Forwarding'] and not labels['Port'])
  end

  -- 5. The quick fix for the typo.
  if d then
    -- What vim.lsp.buf.code_action() sends in 0.7: the line's diagnostics converted back to LSP.
    params = {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      range = { start = { line = 3, character = 0 }, ['end'] = { line = 3, character = 14 } },
      context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 3) },
    }
    responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout)
    r = responses and responses[client_id]
    local titles = {}
    for _, a in ipairs((r and r.result) or {}) do table.insert(titles, a.title) end
    check('code action Change to "PermitRootLogin"', vim.tbl_contains(titles, 'Change to "PermitRootLogin"'),
      vim.inspect(titles))
  end

  -- 6. An edit re-validates: fix the typo in the buffer.
  vim.api.nvim_buf_set_lines(buf, 3, 4, false, { 'PermitRootLogin no' })
  local fixed = vim.wait(timeout, function() return find('unknown-keyword', 3) == nil end, 20)
  check('edit clears the unknown-keyword diagnostic', fixed, vim.inspect(vim.diagnostic.get(buf)))

  -- 7. shutdown/exit: the server process ends with code 0.
  vim.lsp.stop_client(client_id)
  local exited = vim.wait(timeout, function() return exit_code ~= nil end, 20)
  check('server exits with code 0 after shutdown', exited and exit_code == 0,
    string.format('code=%s signal=%s', tostring(exit_code), tostring(exit_signal)))
end

local ok, e = pcall(main)
if not ok then check('lua error', false, tostring(e)) end
finish()
